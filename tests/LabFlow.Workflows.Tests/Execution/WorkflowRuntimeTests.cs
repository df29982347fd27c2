using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using LabFlow.Workflows.Scheduling;
using LabFlow.Workflows.Tests.Execution.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Workflows.Tests.Execution;

public sealed class WorkflowRuntimeTests
{
    private const string ReviewFlow = """
        {
          "id": "review",
          "name": "Review",
          "variables": [ { "name": "continued", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "review", "type": "WaitForSignal", "inputs": { "signal": "review", "correlation": { "js": "inputs.case" } } },
            { "id": "count", "type": "SetVariable", "inputs": { "name": "continued", "value": { "js": "vars.continued + 1" } } },
            { "id": "approved", "type": "Decision", "inputs": { "condition": { "js": "tasks.review.approved === true" } } },
            { "id": "yes", "type": "SetVariable", "inputs": { "name": "outcome", "value": "approved" } },
            { "id": "no", "type": "SetVariable", "inputs": { "name": "outcome", "value": "rejected" } }
          ],
          "connections": [
            { "from": "start", "to": "review" },
            { "from": "review", "to": "count" },
            { "from": "count", "to": "approved" },
            { "from": "approved", "outcome": "True", "to": "yes" },
            { "from": "approved", "outcome": "False", "to": "no" }
          ]
        }
        """;

    private static readonly JsonObject ReviewInputs = new() { ["case"] = "c-17" };

    [Fact]
    public async Task StartAsync_ThrowsListingEveryMissingInput_WhenRequiredInputsAreMissing()
    {
        await using var host = new WorkflowTestHost();
        await host.PublishAsync("""
            {
              "id": "inputs",
              "name": "Inputs",
              "inputs": [
                { "name": "challenge", "type": "String", "required": true },
                { "name": "administration", "type": "String", "required": true },
                { "name": "weeks", "type": "Number", "required": true, "default": 6 }
              ],
              "activities": [ { "id": "start", "type": "Start" } ]
            }
            """);

        var error = await Assert.ThrowsAsync<WorkflowException>(() =>
            host.Runtime.StartAsync(new StartWorkflowRequest("inputs"), host.Token));

        Assert.Equal("missing_inputs", error.Code);
        Assert.Equal(
            "Flow 'inputs' version 1 cannot start: required inputs are missing: 'challenge', 'administration'. Give a value for each.",
            error.Message);
    }

    [Fact]
    public async Task StartAsync_AppliesInputDefaults_WhenOptionalInputIsMissing()
    {
        await using var host = new WorkflowTestHost();
        await host.PublishAsync("""
            {
              "id": "defaults",
              "name": "Defaults",
              "inputs": [ { "name": "weeks", "type": "Number", "default": 6 } ],
              "activities": [ { "id": "start", "type": "Start" } ]
            }
            """);

        var result = await host.Runtime.StartAsync(new StartWorkflowRequest("defaults"), host.Token);

        Assert.Equal(6, (await host.InstanceAsync(result.InstanceId)).State.Inputs["weeks"]!.GetValue<double>());
    }

    [Fact]
    public async Task StartAsync_Throws_WhenFlowHasNoPublishedVersion()
    {
        await using var host = new WorkflowTestHost();

        var error = await Assert.ThrowsAsync<WorkflowException>(() =>
            host.Runtime.StartAsync(new StartWorkflowRequest("missing"), host.Token));

        Assert.Equal("Flow 'missing' has no published version. Publish it before starting a lab.", error.Message);
    }

    [Fact]
    public async Task ResumeAsync_MakesPayloadVisibleToLaterExpressions_WhenBookmarkIsResumed()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(ReviewFlow, ReviewInputs);
        var bookmark = await host.BookmarkAtAsync(started.InstanceId, "review");
        host.Time.Advance(TimeSpan.FromHours(1));

        var result = await host.Runtime.ResumeAsync(bookmark.Id, new ResumePayload(new JsonObject { ["approved"] = true }, "anna"), host.Token);

        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal($"Bookmark {bookmark.Id} was resumed; lab {started.InstanceId} is now Finished.", result.Message);
        Assert.Equal(BookmarkKinds.Signal, bookmark.Kind);
        Assert.Equal("review|c-17", bookmark.Key);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal("approved", instance.State.Variables["outcome"]!.GetValue<string>());
        Assert.True(instance.State.Outputs["review"]!["approved"]!.GetValue<bool>());
        var resumed = Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityResumed);
        Assert.Equal("anna", resumed.Actor);
        Assert.Equal("review", resumed.ActivityId);
        Assert.Equal(WorkflowTestHost.StartTime.AddHours(1), resumed.Timestamp);
    }

    [Fact]
    public async Task ResumeAsync_ReturnsAlreadyConsumed_WhenBookmarkWasResumedBefore()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(ReviewFlow, ReviewInputs);
        var bookmark = await host.BookmarkAtAsync(started.InstanceId, "review");
        await host.Runtime.ResumeAsync(bookmark.Id, new ResumePayload(new JsonObject { ["approved"] = false }, "anna"), host.Token);

        var second = await host.Runtime.ResumeAsync(bookmark.Id, new ResumePayload(new JsonObject { ["approved"] = true }, "bertil"), host.Token);

        Assert.Equal(ResumeOutcome.AlreadyConsumed, second.Outcome);
        Assert.Equal(started.InstanceId, second.InstanceId);
        Assert.Equal($"Bookmark {bookmark.Id} was already resumed or closed; nothing was done.", second.Message);
        Assert.Equal(1, (await host.VariableAsync(started.InstanceId, "continued"))!.GetValue<double>());
        Assert.Equal("rejected", (await host.VariableAsync(started.InstanceId, "outcome"))!.GetValue<string>());
        Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityResumed);
    }

    [Fact]
    public async Task ResumeAsync_ReturnsNotFound_WhenBookmarkIsUnknown()
    {
        await using var host = new WorkflowTestHost();
        var id = Guid.NewGuid();

        var result = await host.Runtime.ResumeAsync(id, ResumePayload.System(), host.Token);

        Assert.Equal(ResumeOutcome.NotFound, result.Outcome);
        Assert.Equal($"Bookmark {id} was not found. Check the id; the step may belong to a lab that no longer exists.", result.Message);
    }

    [Fact]
    public async Task ResumeAsync_ResumesExactlyOnce_WhenFiftyResumesOfOneBookmarkRace()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(ReviewFlow, ReviewInputs);
        var bookmark = await host.BookmarkAtAsync(started.InstanceId, "review");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => host.Runtime.ResumeAsync(bookmark.Id, new ResumePayload(new JsonObject { ["approved"] = true }, $"user{i}"), host.Token))));

        Assert.Single(results, r => r.Outcome == ResumeOutcome.Resumed);
        Assert.Equal(49, results.Count(r => r.Outcome == ResumeOutcome.AlreadyConsumed));
        Assert.Equal(1, (await host.VariableAsync(started.InstanceId, "continued"))!.GetValue<double>());
        Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityResumed);
        Assert.Equal(0, host.Get<WorkflowInstanceLocks>().Count);
    }

    [Fact]
    public async Task SignalAsync_ResumesOnlyMatchingCorrelation_WhenSeveralLabsWait()
    {
        await using var host = new WorkflowTestHost();
        var first = await host.StartAsync(ReviewFlow, new JsonObject { ["case"] = "c-1" });
        var second = await host.Runtime.StartAsync(new StartWorkflowRequest("review", new JsonObject { ["case"] = "c-2" }), host.Token);

        var results = await host.Runtime.SignalAsync("review", "c-2", new ResumePayload(new JsonObject { ["approved"] = true }, "anna"), host.Token);

        Assert.Equal(second.InstanceId, Assert.Single(results).InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(first.InstanceId)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(second.InstanceId)).Status);
    }

    [Fact]
    public async Task CancelAsync_ClosesEveryBookmark_WhenLabWaits()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "cancel",
              "name": "Cancel",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "answer", "type": "WaitForSignal", "inputs": { "signal": "answer" } },
                { "id": "wait", "type": "Delay", "inputs": { "duration": "P3D" } }
              ],
              "connections": [ { "from": "start", "to": "answer" }, { "from": "start", "to": "wait" } ]
            }
            """);
        var answer = await host.BookmarkAtAsync(started.InstanceId, "answer");
        var timer = await host.BookmarkAtAsync(started.InstanceId, "wait");

        var result = await host.Runtime.CancelAsync(started.InstanceId, "facilitator", "The administration paused the project.", host.Token);

        Assert.Equal(WorkflowStatus.Cancelled, result.Status);
        Assert.Empty(await host.BookmarksAsync(started.InstanceId));
        Assert.Equal(0, host.Scheduler.ScheduledCount);
        var commit = host.Commits.Last;
        Assert.Equal(new[] { answer.Id, timer.Id }.Order(), commit.BookmarksConsumed.Order());
        Assert.Contains(commit.Effects, e => e is CancelTimer c && c.BookmarkId == timer.Id);
        var closed = commit.Effects.OfType<BookmarkClosed>().OrderBy(c => c.ActivityId, StringComparer.Ordinal).ToList();
        Assert.Equal([(answer.Id, "answer", BookmarkKinds.Signal), (timer.Id, "wait", BookmarkKinds.Timer)], closed.Select(c => (c.BookmarkId, c.ActivityId, c.Kind)));
        Assert.All(closed, c => Assert.Equal("Closed because the lab was cancelled.", c.Reason));
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Empty(instance.State.Tokens);
        Assert.Empty(instance.ActivePhases);
        var last = (await host.JournalAsync(started.InstanceId))[^1];
        Assert.Equal(JournalEvent.WorkflowCancelled, last.Event);
        Assert.Equal("facilitator", last.Actor);
        Assert.Equal("The administration paused the project.", last.Message);
        var late = await host.Runtime.ResumeAsync(answer.Id, ResumePayload.System(), host.Token);
        Assert.Equal(ResumeOutcome.AlreadyConsumed, late.Outcome);
    }

    [Fact]
    public async Task EndActivity_ClosesOtherBranches_WhenReached()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "end",
              "name": "End",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "decide", "type": "WaitForSignal", "inputs": { "signal": "decide" } },
                { "id": "other", "type": "WaitForSignal", "inputs": { "signal": "other" } },
                { "id": "wait", "type": "Delay", "inputs": { "until": "2026-06-01T08:00:00+02:00" } },
                { "id": "stop", "type": "End" }
              ],
              "connections": [
                { "from": "start", "to": "decide" },
                { "from": "start", "to": "other" },
                { "from": "start", "to": "wait" },
                { "from": "decide", "to": "stop" }
              ]
            }
            """);
        var other = await host.BookmarkAtAsync(started.InstanceId, "other");
        var timer = await host.BookmarkAtAsync(started.InstanceId, "wait");
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero), timer.DueAt);

        await host.Runtime.SignalAsync("decide", null, new ResumePayload(null, "anna"), host.Token);

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.NotNull(instance.FinishedAt);
        Assert.Empty(await host.BookmarksAsync(started.InstanceId));
        Assert.NotNull(await host.Bookmarks.FindConsumedAsync(other.Id, host.Token));
        Assert.Contains(host.Commits.Last.Effects, e => e is CancelTimer c && c.BookmarkId == timer.Id);
        Assert.Equal(0, host.Scheduler.ScheduledCount);
        var journal = await host.JournalAsync(started.InstanceId);
        Assert.Equal(
            [
                (JournalEvent.ActivityResumed, "decide"),
                (JournalEvent.ActivityCompleted, "decide"),
                (JournalEvent.ActivityStarted, "stop"),
                (JournalEvent.ActivityCompleted, "stop"),
                (JournalEvent.ActivityCancelled, "other"),
                (JournalEvent.ActivityCancelled, "wait"),
                (JournalEvent.WorkflowFinished, "stop"),
            ],
            journal.SkipWhile(e => e.Event != JournalEvent.ActivityResumed).Select(e => (e.Event, e.ActivityId)).ToList());
        Assert.Equal("Closed because the lab ended at 'stop'.", journal[^2].Message);
    }

    [Fact]
    public async Task EndActivity_ClosesBookmarkCreatedInSameBurst_WhenOtherBranchWaitedFirst()
    {
        await using var host = new WorkflowTestHost();

        var started = await host.StartAsync("""
            {
              "id": "end-same-burst",
              "name": "End in the same burst",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "answer", "type": "WaitForSignal", "inputs": { "signal": "answer" } },
                { "id": "stop", "type": "End" }
              ],
              "connections": [ { "from": "start", "to": "answer" }, { "from": "start", "to": "stop" } ]
            }
            """);

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var commit = host.Commits.Last;
        Assert.Empty(commit.BookmarksAdded);
        Assert.Empty(commit.BookmarksConsumed);
        var closed = Assert.Single(commit.Effects.OfType<BookmarkClosed>());
        Assert.Equal("answer", closed.ActivityId);
        Assert.Equal("Closed because the lab ended at 'stop'.", closed.Reason);
    }

    [Fact]
    public async Task RetryAsync_ContinuesLab_WhenIncidentCauseWasFixedWhileOtherBranchWent()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "retry",
              "name": "Retry",
              "variables": [ { "name": "ok", "type": "Any", "default": "pending" } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "check", "type": "Decision", "inputs": { "condition": { "js": "vars.ok" } } },
                { "id": "done", "type": "SetVariable", "inputs": { "name": "result", "value": "approved" } },
                { "id": "fix", "type": "WaitForSignal", "inputs": { "signal": "fix" } },
                { "id": "setOk", "type": "SetVariable", "inputs": { "name": "ok", "value": { "js": "tasks.fix.ok" } } }
              ],
              "connections": [
                { "from": "start", "to": "check" },
                { "from": "start", "to": "fix" },
                { "from": "check", "outcome": "True", "to": "done" },
                { "from": "fix", "to": "setOk" }
              ]
            }
            """);
        var incident = Assert.Single(started.Incidents);

        await host.Runtime.SignalAsync("fix", null, new ResumePayload(new JsonObject { ["ok"] = true }, "anna"), host.Token);
        var afterFix = await host.InstanceAsync(started.InstanceId);
        var retried = await host.Runtime.RetryAsync(started.InstanceId, incident.Id, "facilitator", host.Token);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        Assert.Equal("Decision 'check' needs its condition to give true or false, but it gave \"pending\". Fix the condition.", incident.Message);
        Assert.Equal(WorkflowStatus.Faulted, afterFix.Status);
        Assert.Equal("check", Assert.Single(afterFix.State.Tokens).ActivityId);
        Assert.Equal(WorkflowStatus.Finished, retried.Status);
        Assert.Empty(retried.Incidents);
        Assert.Equal("approved", (await host.VariableAsync(started.InstanceId, "result"))!.GetValue<string>());
        var journal = await host.JournalAsync(started.InstanceId);
        var retry = Assert.Single(journal, e => e.Event == JournalEvent.IncidentRetried);
        Assert.Equal("facilitator", retry.Actor);
        Assert.Equal("check", retry.ActivityId);
        var faulted = Assert.Single(journal, e => e.Event == JournalEvent.ActivityFaulted);
        Assert.Equal(incident.Message, faulted.Message);
    }

    [Fact]
    public async Task StartAsync_OpensIncident_WhenScriptThrows()
    {
        await using var host = new WorkflowTestHost();

        var started = await host.StartAsync("""
            {
              "id": "throws",
              "name": "Throws",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "compute", "type": "SetVariable", "inputs": { "name": "x", "value": { "js": "throw 'saknar beslut'" } } },
                { "id": "other", "type": "WaitForSignal", "inputs": { "signal": "other" } }
              ],
              "connections": [ { "from": "start", "to": "compute" }, { "from": "start", "to": "other" } ]
            }
            """);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        Assert.Equal("Activity 'compute' failed: The script failed: saknar beslut", Assert.Single(started.Incidents).Message);
        await host.BookmarkAtAsync(started.InstanceId, "other");

        var resumed = await host.Runtime.SignalAsync("other", null, ResumePayload.System(), host.Token);

        Assert.Equal(WorkflowStatus.Faulted, Assert.Single(resumed).Status);
    }

    [Fact]
    public async Task RetryAsync_Throws_WhenIncidentIsUnknown()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(ReviewFlow, ReviewInputs);
        var incidentId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.Runtime.RetryAsync(started.InstanceId, incidentId, "facilitator", host.Token));

        Assert.Equal($"Lab {started.InstanceId} has no open incident {incidentId}; it may have been retried or skipped already. Reload the lab to see its incidents.", error.Message);
    }

    [Fact]
    public async Task DelayActivity_ResumesOnTime_WhenFakeClockPassesDueTime()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "follow-up",
              "name": "Follow-up",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "wait", "type": "Delay", "inputs": { "duration": "P3M" } },
                { "id": "after", "type": "SetVariable", "inputs": { "name": "followedUp", "value": true } }
              ],
              "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "after" } ]
            }
            """);
        var timer = await host.BookmarkAtAsync(started.InstanceId, "wait");
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero), timer.DueAt);
        Assert.Contains(host.Commits.Last.Effects, e => e is ScheduleTimer s && s.BookmarkId == timer.Id && s.DueAt == timer.DueAt);

        host.Time.Advance(timer.DueAt!.Value - host.Time.GetUtcNow() - TimeSpan.FromMinutes(1));
        await host.Scheduler.WaitForFiringAsync(host.Token);
        var early = await host.InstanceAsync(started.InstanceId);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Scheduler.WaitForFiringAsync(host.Token);

        Assert.Equal(WorkflowStatus.Suspended, early.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.True(instance.State.Variables["followedUp"]!.GetValue<bool>());
        var resumed = Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityResumed);
        Assert.Equal(WorkflowActors.Timer, resumed.Actor);
    }

    [Fact]
    public async Task FireDueTimersAsync_ResumesDueTimer_WhenItsScheduledTimerWasLost()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "sweep",
              "name": "Sweep",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "wait", "type": "Delay", "inputs": { "duration": "PT2H" } }
              ],
              "connections": [ { "from": "start", "to": "wait" } ]
            }
            """);
        var timer = await host.BookmarkAtAsync(started.InstanceId, "wait");
        await host.Scheduler.CancelTimerAsync(timer.Id, host.Token);
        host.Time.Advance(TimeSpan.FromHours(3));

        var fired = await host.Scheduler.FireDueTimersAsync(host.Token);
        var again = await host.Scheduler.FireDueTimersAsync(host.Token);

        Assert.Equal(1, fired);
        Assert.Equal(0, again);
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task ResumeAsync_ReRunsBurstFromFreshState_WhenAnotherNodeWonTheRace()
    {
        FlakyCommitStore? flaky = null;
        await using var host = new WorkflowTestHost(configure: services => services.AddSingleton<IWorkflowCommitStore>(sp =>
            flaky = new FlakyCommitStore(sp.GetRequiredService<InMemoryWorkflowStore>(), conflicts: 2)));
        var started = await host.StartAsync(ReviewFlow, ReviewInputs);
        var bookmark = await host.BookmarkAtAsync(started.InstanceId, "review");

        var result = await host.Runtime.ResumeAsync(bookmark.Id, new ResumePayload(new JsonObject { ["approved"] = true }, "anna"), host.Token);

        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        Assert.Equal(3, flaky!.Attempts);
        Assert.Equal(1, (await host.VariableAsync(started.InstanceId, "continued"))!.GetValue<double>());
        Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityResumed);
    }

    [Fact]
    public async Task ResumeAsync_ThrowsConflict_WhenEveryAttemptLosesTheRace()
    {
        FlakyCommitStore? flaky = null;
        await using var host = new WorkflowTestHost(
            new WorkflowRunnerOptions { MaxCommitAttempts = 3 },
            services => services.AddSingleton<IWorkflowCommitStore>(sp =>
                flaky = new FlakyCommitStore(sp.GetRequiredService<InMemoryWorkflowStore>(), conflicts: int.MaxValue)));
        var started = await host.StartAsync(ReviewFlow, ReviewInputs);
        var bookmark = await host.BookmarkAtAsync(started.InstanceId, "review");

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            host.Runtime.ResumeAsync(bookmark.Id, ResumePayload.System(), host.Token));

        Assert.Equal(3, flaky!.Attempts);
        Assert.Equal(
            $"Lab instance {started.InstanceId} was changed by someone else while this step ran (expected version 1). Reload and try again.",
            error.Message);
        Assert.Equal(0, (await host.VariableAsync(started.InstanceId, "continued"))!.GetValue<double>());
        await host.BookmarkAtAsync(started.InstanceId, "review");
    }
}
