using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using LabFlow.Workflows.Scheduling;
using LabFlow.Workflows.Tests.Execution.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Workflows.Tests.Flowchart;

public sealed class JoinTests
{
    private const string AllFlow = """
        {
          "id": "join-all",
          "name": "Join all",
          "variables": [ { "name": "after", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "a", "type": "WaitForSignal", "inputs": { "signal": "a" } },
            { "id": "b", "type": "WaitForSignal", "inputs": { "signal": "b" } },
            { "id": "j", "type": "Join" },
            { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } }
          ],
          "connections": [
            { "from": "start", "to": "a" },
            { "from": "start", "to": "b" },
            { "from": "a", "to": "j" },
            { "from": "b", "to": "j" },
            { "from": "j", "to": "after" }
          ]
        }
        """;

    [Fact]
    public async Task JoinAll_WaitsForEveryBranch_WhenBothBranchesRun()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(AllFlow);

        await host.Runtime.SignalAsync("a", null, ResumePayload.System(), host.Token);
        var afterFirst = await host.InstanceAsync(started.InstanceId);
        await host.Runtime.SignalAsync("b", null, ResumePayload.System(), host.Token);

        Assert.Equal(WorkflowStatus.Suspended, afterFirst.Status);
        Assert.Equal(0, afterFirst.State.Variables["after"]!.GetValue<double>());
        Assert.Equal(["a:Done->j"], afterFirst.State.Joins["j"].Arrived);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Empty(instance.State.Joins);
        Assert.Single(await host.JournalAsync(started.InstanceId), e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "j" });
    }

    [Fact]
    public async Task JoinAll_Fires_WhenDecisionDidNotTakeOtherBranch()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(
            """
            {
              "id": "join-not-taken",
              "name": "Join with a branch not taken",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "interviews", "type": "WaitForSignal", "inputs": { "signal": "interviews" } },
                { "id": "needsReview", "type": "Decision", "inputs": { "condition": { "js": "inputs.withReview" } } },
                { "id": "review", "type": "WaitForSignal", "inputs": { "signal": "review" } },
                { "id": "newsletter", "type": "WaitForSignal", "inputs": { "signal": "newsletter" } },
                { "id": "j", "type": "Join" },
                { "id": "joined", "type": "SetVariable", "inputs": { "name": "joined", "value": true } }
              ],
              "connections": [
                { "from": "start", "to": "interviews" },
                { "from": "start", "to": "needsReview" },
                { "from": "start", "to": "newsletter" },
                { "from": "needsReview", "outcome": "True", "to": "review" },
                { "from": "interviews", "to": "j" },
                { "from": "review", "to": "j" },
                { "from": "j", "to": "joined" }
              ]
            }
            """,
            new JsonObject { ["withReview"] = false });

        await host.Runtime.SignalAsync("interviews", null, ResumePayload.System(), host.Token);

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.True(instance.State.Variables["joined"]!.GetValue<bool>());
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("newsletter", Assert.Single(instance.State.Tokens).ActivityId);
        Assert.Empty(instance.State.Joins);
    }

    [Fact]
    public async Task JoinAll_WaitsForWaitingBranch_WhenItCanStillArrive()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(AllFlow);

        await host.Runtime.SignalAsync("b", null, ResumePayload.System(), host.Token);

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(0, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("a", Assert.Single(instance.State.Tokens).ActivityId);
    }

    [Fact]
    public async Task JoinAny_CancelsOtherBranch_WhenFirstBranchArrives()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "join-any",
              "name": "Join any",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "answer", "type": "WaitForSignal", "inputs": { "signal": "answer" } },
                { "id": "timeout", "type": "Delay", "inputs": { "duration": "P7D" } },
                { "id": "first", "type": "Join", "inputs": { "mode": "Any" } },
                { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "(vars.after || 0) + 1" } } }
              ],
              "connections": [
                { "from": "start", "to": "answer" },
                { "from": "start", "to": "timeout" },
                { "from": "answer", "to": "first" },
                { "from": "timeout", "to": "first" },
                { "from": "first", "to": "after" }
              ]
            }
            """);
        var timer = await host.BookmarkAtAsync(started.InstanceId, "timeout");
        Assert.Equal(1, host.Scheduler.ScheduledCount);

        await host.Runtime.SignalAsync("answer", null, ResumePayload.System(), host.Token);

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Empty(await host.BookmarksAsync(started.InstanceId));
        Assert.Equal(0, host.Scheduler.ScheduledCount);
        var commit = host.Commits.Last;
        Assert.Contains(timer.Id, commit.BookmarksConsumed);
        Assert.Contains(commit.Effects, e => e is CancelTimer c && c.BookmarkId == timer.Id);
        var cancelled = Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityCancelled);
        Assert.Equal("timeout", cancelled.ActivityId);
        Assert.Equal("Closed because Join 'first' continued with another branch.", cancelled.Message);
    }

    [Fact]
    public async Task JoinAll_AllResumesSucceed_WhenDifferentBookmarksOfOneLabResumeConcurrently()
    {
        await using var host = new WorkflowTestHost();
        var activities = string.Join(",", Enumerable.Range(1, 5).Select(i => $$"""{ "id": "w{{i}}", "type": "WaitForSignal", "inputs": { "signal": "w{{i}}" } }"""));
        var connections = string.Join(",", Enumerable.Range(1, 5).Select(i => $$"""{ "from": "start", "to": "w{{i}}" }, { "from": "w{{i}}", "to": "j" }"""));
        var started = await host.StartAsync($$"""
            {
              "id": "five",
              "name": "Five branches",
              "variables": [ { "name": "after", "type": "Number", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start" }, {{activities}},
                { "id": "j", "type": "Join" },
                { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } }
              ],
              "connections": [ {{connections}}, { "from": "j", "to": "after" } ]
            }
            """);
        var bookmarks = await host.BookmarksAsync(started.InstanceId);

        var results = await Task.WhenAll(bookmarks.Select(b =>
            Task.Run(() => host.Runtime.ResumeAsync(b.Id, new ResumePayload(null, "coordinator"), host.Token))));

        Assert.All(results, r => Assert.Equal(ResumeOutcome.Resumed, r.Outcome));
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Equal(6, instance.ConcurrencyToken);
    }

    [Fact]
    public async Task JoinAll_AllResumesSucceed_WhenTwoNodesResumeDifferentBookmarksConcurrently()
    {
        await using var nodeA = new WorkflowTestHost();
        await using var nodeB = new WorkflowTestHost(configure: services => services
            .AddSingleton(nodeA.Get<InMemoryWorkflowStore>())
            .AddSingleton(nodeA.Get<IWorkflowDefinitionStore>()));
        var started = await nodeA.StartAsync(FourBranchFlow);
        var bookmarks = await nodeA.BookmarksAsync(started.InstanceId);

        var results = await Task.WhenAll(bookmarks.Select((b, i) =>
            Task.Run(() => (i % 2 == 0 ? nodeA : nodeB).Runtime.ResumeAsync(b.Id, new ResumePayload(null, "coordinator"), nodeA.Token))));

        Assert.All(results, r => Assert.Equal(ResumeOutcome.Resumed, r.Outcome));
        var instance = await nodeB.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Equal(4, (await nodeB.JournalAsync(started.InstanceId)).Count(e => e.Event == JournalEvent.ActivityResumed));
    }

    private const string FourBranchFlow = """
        {
          "id": "four",
          "name": "Four branches",
          "variables": [ { "name": "after", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "w1", "type": "WaitForSignal", "inputs": { "signal": "w1" } },
            { "id": "w2", "type": "WaitForSignal", "inputs": { "signal": "w2" } },
            { "id": "w3", "type": "WaitForSignal", "inputs": { "signal": "w3" } },
            { "id": "w4", "type": "WaitForSignal", "inputs": { "signal": "w4" } },
            { "id": "j", "type": "Join" },
            { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } }
          ],
          "connections": [
            { "from": "start", "to": "w1" }, { "from": "start", "to": "w2" }, { "from": "start", "to": "w3" }, { "from": "start", "to": "w4" },
            { "from": "w1", "to": "j" }, { "from": "w2", "to": "j" }, { "from": "w3", "to": "j" }, { "from": "w4", "to": "j" },
            { "from": "j", "to": "after" }
          ]
        }
        """;
}
