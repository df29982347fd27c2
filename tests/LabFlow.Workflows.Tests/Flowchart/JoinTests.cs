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
    public async Task JoinAny_FiresOncePerRound_WhenLoopReturnsWithinOneBurstAndOtherBranchWinsSecondRound()
    {
        // The probe of issue 9: round 1 branch a is quicker, round 2 branch b; the loop comes back in the same burst.
        await using var host = new WorkflowTestHost();

        var started = await host.StartAsync("""
            {
              "id": "any-loop",
              "name": "Join Any in a loop",
              "variables": [
                { "name": "round", "type": "Number", "default": 0 },
                { "name": "a", "type": "Number", "default": 0 },
                { "name": "b", "type": "Number", "default": 0 },
                { "name": "after", "type": "Number", "default": 0 }
              ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "round", "type": "SetVariable", "inputs": { "name": "round", "value": { "js": "vars.round + 1" } } },
                { "id": "aQuick", "type": "Decision", "inputs": { "condition": { "js": "vars.round == 1" } } },
                { "id": "aDetour1", "type": "SetVariable", "inputs": { "name": "aDetour", "value": 1 } },
                { "id": "aDetour2", "type": "SetVariable", "inputs": { "name": "aDetour", "value": 2 } },
                { "id": "aGo", "type": "SetVariable", "inputs": { "name": "a", "value": { "js": "vars.a + 1" } } },
                { "id": "bQuick", "type": "Decision", "inputs": { "condition": { "js": "vars.round != 1" } } },
                { "id": "bDetour1", "type": "SetVariable", "inputs": { "name": "bDetour", "value": 1 } },
                { "id": "bDetour2", "type": "SetVariable", "inputs": { "name": "bDetour", "value": 2 } },
                { "id": "bGo", "type": "SetVariable", "inputs": { "name": "b", "value": { "js": "vars.b + 1" } } },
                { "id": "j", "type": "Join", "inputs": { "mode": "Any" } },
                { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "js": "vars.round < 2" } } }
              ],
              "connections": [
                { "from": "start", "to": "round" },
                { "from": "round", "to": "aQuick" },
                { "from": "round", "to": "bQuick" },
                { "from": "aQuick", "outcome": "True", "to": "aGo" },
                { "from": "aQuick", "outcome": "False", "to": "aDetour1" },
                { "from": "aDetour1", "to": "aDetour2" },
                { "from": "aDetour2", "to": "aGo" },
                { "from": "bQuick", "outcome": "True", "to": "bGo" },
                { "from": "bQuick", "outcome": "False", "to": "bDetour1" },
                { "from": "bDetour1", "to": "bDetour2" },
                { "from": "bDetour2", "to": "bGo" },
                { "from": "aGo", "to": "j" },
                { "from": "bGo", "to": "j" },
                { "from": "j", "to": "after" },
                { "from": "after", "to": "again" },
                { "from": "again", "outcome": "True", "to": "round" }
              ]
            }
            """);

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, instance.State.Variables["a"]!.GetValue<double>());
        Assert.Equal(1, instance.State.Variables["b"]!.GetValue<double>());
        Assert.Equal(2, instance.State.Variables["after"]!.GetValue<double>());
        var journal = await host.JournalAsync(started.InstanceId);
        Assert.Equal(2, journal.Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "j" }));
        Assert.Single(journal, e => e is { Event: JournalEvent.ActivityStarted, ActivityId: "aGo" });
        Assert.Single(journal, e => e is { Event: JournalEvent.ActivityStarted, ActivityId: "bGo" });
        // The loser of each round is accounted for: round 1 b's detour, round 2 a's last step.
        Assert.Equal(
            [("bDetour2", "Closed because Join 'j' continued with another branch."), ("aGo", "Closed because Join 'j' continued with another branch.")],
            journal.Where(e => e.Event == JournalEvent.ActivityCancelled).Select(e => (e.ActivityId, e.Message)));
    }

    [Fact]
    public async Task JoinAny_FiresAgain_WhenLoopReturnsThroughItsOtherInboundWithinOneBurst()
    {
        await using var host = new WorkflowTestHost();

        var started = await host.StartAsync("""
            {
              "id": "any-merge-loop",
              "name": "Join Any merging a loop",
              "variables": [ { "name": "rounds", "type": "Number", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "merge", "type": "Join", "inputs": { "mode": "Any" } },
                { "id": "work", "type": "SetVariable", "inputs": { "name": "rounds", "value": { "js": "vars.rounds + 1" } } },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "js": "vars.rounds < 3" } } },
                { "id": "review", "type": "WaitForSignal", "inputs": { "signal": "review" } }
              ],
              "connections": [
                { "from": "start", "to": "merge" },
                { "from": "merge", "to": "work" },
                { "from": "work", "to": "again" },
                { "from": "again", "outcome": "True", "to": "merge" },
                { "from": "again", "outcome": "False", "to": "review" }
              ]
            }
            """);

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        Assert.Equal(3, (await host.VariableAsync(started.InstanceId, "rounds"))!.GetValue<double>());
        await host.BookmarkAtAsync(started.InstanceId, "review");
        var journal = await host.JournalAsync(started.InstanceId);
        Assert.Equal(3, journal.Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "merge" }));
        Assert.DoesNotContain(journal, e => e.Event == JournalEvent.ActivityCancelled);
    }

    [Fact]
    public async Task JoinAny_FiresAgain_WhenLoopReturnsAfterWaitingInALaterBurst()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "any-merge-wait",
              "name": "Join Any merging a loop that waits",
              "variables": [ { "name": "rounds", "type": "Number", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "merge", "type": "Join", "inputs": { "mode": "Any" } },
                { "id": "review", "type": "WaitForSignal", "inputs": { "signal": "review" } },
                { "id": "count", "type": "SetVariable", "inputs": { "name": "rounds", "value": { "js": "vars.rounds + 1" } } },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "js": "vars.rounds < 2" } } }
              ],
              "connections": [
                { "from": "start", "to": "merge" },
                { "from": "merge", "to": "review" },
                { "from": "review", "to": "count" },
                { "from": "count", "to": "again" },
                { "from": "again", "outcome": "True", "to": "merge" }
              ]
            }
            """);
        var waiting = await host.InstanceAsync(started.InstanceId);

        await host.Runtime.SignalAsync("review", null, ResumePayload.System(), host.Token);
        var secondRound = await host.InstanceAsync(started.InstanceId);
        await host.Runtime.SignalAsync("review", null, ResumePayload.System(), host.Token);

        var firing = waiting.State.Joins["merge"].Firing;
        Assert.NotNull(firing);
        Assert.Equal(firing, Assert.Single(waiting.State.Tokens).Lineage!["merge"]);
        Assert.Equal(WorkflowStatus.Suspended, secondRound.Status);
        Assert.Equal("review", Assert.Single(secondRound.State.Tokens).ActivityId);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(2, instance.State.Variables["rounds"]!.GetValue<double>());
        Assert.Equal(2, (await host.JournalAsync(started.InstanceId)).Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "merge" }));
    }

    [Fact]
    public async Task JoinAny_DropsAndJournalsLateToken_WhenItDoesNotComeFromTheJoinsOwnOutput()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync("""
            {
              "id": "any-late",
              "name": "Join Any with a late branch",
              "variables": [ { "name": "after", "type": "Number", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "x", "type": "WaitForSignal", "inputs": { "signal": "x" } },
                { "id": "y", "type": "WaitForSignal", "inputs": { "signal": "y" } },
                { "id": "viaX", "type": "Decision", "inputs": { "condition": false } },
                { "id": "j", "type": "Join", "inputs": { "mode": "Any" } },
                { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } }
              ],
              "connections": [
                { "from": "start", "to": "x" },
                { "from": "start", "to": "y" },
                { "from": "y", "to": "viaX" },
                { "from": "viaX", "outcome": "True", "to": "x" },
                { "from": "viaX", "outcome": "False", "to": "j" },
                { "from": "x", "to": "j" },
                { "from": "j", "to": "after" }
              ]
            }
            """);
        await host.Runtime.SignalAsync("x", null, ResumePayload.System(), host.Token);

        await host.Runtime.SignalAsync("y", null, ResumePayload.System(), host.Token);

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        var dropped = Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityCancelled);
        Assert.Equal("j", dropped.ActivityId);
        Assert.Equal("Dropped because Join 'j' already continued with another branch; it takes a token again once the flow comes back through it.", dropped.Message);
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
