using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Scheduling;
using LabFlow.Workflows.Tests.Execution.TestSupport;

namespace LabFlow.Workflows.Tests.Execution;

public sealed class ReplanTests
{
    private const string FollowUpFlow = """
        {
          "id": "replan",
          "name": "Replan",
          "variables": [ { "name": "startSeen", "type": "String" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "Delay", "inputs": { "duration": "P10D" } },
            { "id": "signal", "type": "WaitForSignal", "inputs": { "signal": "go" } },
            { "id": "read", "type": "SetVariable", "inputs": { "name": "startSeen", "value": { "js": "lab.startDate" } } }
          ],
          "connections": [
            { "from": "start", "to": "wait" }, { "from": "start", "to": "signal" },
            { "from": "signal", "to": "read" }
          ]
        }
        """;

    [Fact]
    public async Task ReplanAsync_MovesTheTimerAndTheLabContext_WhenTheLabsDatesMove()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(FollowUpFlow, lab: new JsonObject { ["startDate"] = "2026-02-01" });
        var timer = await host.BookmarkAtAsync(started.InstanceId, "wait");

        await host.Runtime.ReplanAsync(
            started.InstanceId,
            new ReplanRequest("facilitator", new JsonObject { ["startDate"] = "2026-02-08" }, t => t.DueAt!.Value.AddDays(7), "Start moved a week."),
            host.Token);

        var moved = await host.BookmarkAtAsync(started.InstanceId, "wait");
        Assert.NotEqual(timer.Id, moved.Id);
        Assert.Equal(timer.DueAt!.Value.AddDays(7), moved.DueAt);
        Assert.Equal(timer.TokenId, moved.TokenId);
        Assert.Contains(host.Commits.Last.Effects, e => e is CancelTimer c && c.BookmarkId == timer.Id);
        Assert.Contains(host.Commits.Last.Effects, e => e is ScheduleTimer s && s.BookmarkId == moved.Id && s.DueAt == moved.DueAt);
        var replanned = Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.WorkflowReplanned);
        Assert.Equal("facilitator", replanned.Actor);
        Assert.Equal("Start moved a week.", replanned.Message);
        Assert.Equal("2026-02-08", (await host.InstanceAsync(started.InstanceId)).State.LabContext["startDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplanAsync_FiresTheTimerOnlyAtItsNewTime_WhenTheOldTimeComesFirst()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(FollowUpFlow, lab: new JsonObject { ["startDate"] = "2026-02-01" });
        var timer = await host.BookmarkAtAsync(started.InstanceId, "wait");
        await host.Runtime.ReplanAsync(started.InstanceId, new ReplanRequest("facilitator", RescheduleTimer: t => t.DueAt!.Value.AddDays(7)), host.Token);

        host.Time.Advance(timer.DueAt!.Value - host.Time.GetUtcNow());
        await host.Scheduler.WaitForFiringAsync(host.Token);
        var old = await host.Runtime.ResumeAsync(timer.Id, ResumePayload.System(), host.Token);
        var stillWaiting = await host.BookmarksAsync(started.InstanceId);
        host.Time.Advance(TimeSpan.FromDays(7));
        await host.Scheduler.WaitForFiringAsync(host.Token);

        Assert.Equal(ResumeOutcome.AlreadyConsumed, old.Outcome);
        Assert.Contains(stillWaiting, b => b.ActivityId == "wait");
        Assert.DoesNotContain(await host.BookmarksAsync(started.InstanceId), b => b.ActivityId == "wait");
        Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "wait");
    }

    [Fact]
    public async Task ReplanAsync_LetsLaterScriptsSeeTheNewLabContext_WhenTheyRunAfterIt()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(FollowUpFlow, lab: new JsonObject { ["startDate"] = "2026-02-01" });

        await host.Runtime.ReplanAsync(started.InstanceId, new ReplanRequest("facilitator", new JsonObject { ["startDate"] = "2026-03-01" }), host.Token);
        await host.Runtime.SignalAsync("go", null, ResumePayload.System(), host.Token);

        Assert.Equal("2026-03-01", (await host.VariableAsync(started.InstanceId, "startSeen"))!.GetValue<string>());
        Assert.Equal((await host.BookmarkAtAsync(started.InstanceId, "wait")).DueAt, host.Time.GetUtcNow().AddDays(10));
    }

    [Fact]
    public async Task ReplanAsync_RefusesWithAClearMessage_WhenTheLabHasEnded()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(FollowUpFlow);
        await host.Runtime.CancelAsync(started.InstanceId, "facilitator", null, host.Token);

        var error = await Assert.ThrowsAsync<WorkflowException>(() =>
            host.Runtime.ReplanAsync(started.InstanceId, new ReplanRequest("facilitator", new JsonObject()), host.Token));

        Assert.Equal("instance_ended", error.Code);
    }
}
