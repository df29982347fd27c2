using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Tests.Notifications;

public sealed class RetentionServiceTests
{
    private static readonly TimeSpan Period = TimeSpan.FromDays(365);

    private const string WithForm = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "form": [ { "key": "summary", "type": "LongText", "label": "Sammanfattning", "required": true } ]
        """;

    [Fact]
    public async Task ClearAsync_ClearsAnswersCommentsPeopleAndJournal_OfLabsFinishedBeforePeriod()
    {
        await using var host = new NotificationTestHost();
        var finished = await FinishedLabAsync(host);
        var running = await host.LaunchAsync(WithForm);
        await host.Tasks.CommentAsync((await host.TaskAsync(running.Id)).Id, NotificationTestHost.Kim.Id, "Jag börjar i morgon", host.Token);
        host.Journal.Has(finished.Id, 5);
        host.Time.Advance(Period + TimeSpan.FromDays(1));

        var run = await host.Get<RetentionService>().ClearAsync(Period, host.Token);

        Assert.Equal([finished.Id], run.LabIds);
        Assert.Equal((1, 1, 1, 5), (run.TaskAnswersCleared, run.CommentsRemoved, run.PeopleRemoved, run.JournalEntriesRemoved));
        Assert.Equal(host.Time.GetUtcNow() - Period, run.Cutoff);
        var task = await host.TaskAsync(finished.Id);
        Assert.Null(task.Answers);
        Assert.Empty(task.Comments);
        Assert.Equal(LabTaskStatus.Completed, task.Status);
        Assert.Empty((await host.Get<ILabStore>().FindAsync(finished.Id, host.Token))!.People);
        Assert.Equal([(finished.Id, run.Cutoff)], host.Journal.Calls);
        Assert.Single((await host.TaskAsync(running.Id)).Comments);
        Assert.NotEmpty((await host.Get<ILabStore>().FindAsync(running.Id, host.Token))!.People);
        Assert.Equal([run], await host.Get<IRetentionLog>().ListAsync(10, host.Token));
    }

    [Fact]
    public async Task ClearAsync_ClearsNothingAndRecordsNoRun_WhenRunAgain()
    {
        await using var host = new NotificationTestHost();
        await FinishedLabAsync(host);
        host.Time.Advance(Period + TimeSpan.FromDays(1));
        var first = await host.Get<RetentionService>().ClearAsync(Period, host.Token);

        var second = await host.Get<RetentionService>().ClearAsync(Period, host.Token);

        Assert.True(first.ClearedAnything);
        Assert.False(second.ClearedAnything);
        Assert.Empty(second.LabIds);
        Assert.Single(await host.Get<IRetentionLog>().ListAsync(10, host.Token));
    }

    [Fact]
    public async Task ClearAsync_LeavesLab_WhenFinishedWithinPeriod()
    {
        await using var host = new NotificationTestHost();
        var lab = await FinishedLabAsync(host);
        host.Time.Advance(Period - TimeSpan.FromDays(1));

        var run = await host.Get<RetentionService>().ClearAsync(Period, host.Token);

        Assert.False(run.ClearedAnything);
        Assert.NotNull((await host.TaskAsync(lab.Id)).Answers);
        Assert.Empty(host.Journal.Calls);
    }

    private static async Task<Lab> FinishedLabAsync(NotificationTestHost host)
    {
        var lab = await host.LaunchAsync(WithForm);
        var task = await host.TaskAsync(lab.Id);
        await host.Tasks.CommentAsync(task.Id, NotificationTestHost.Kim.Id, "Klart snart", host.Token);
        var result = await host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Kim.Id, null, new JsonObject { ["summary"] = "Fem intervjuer" }, host.Token);
        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        Assert.Equal(WorkflowStatus.Finished, (await host.Get<IWorkflowInstanceStore>().FindAsync(lab.Id, host.Token))!.Status);
        return lab;
    }
}
