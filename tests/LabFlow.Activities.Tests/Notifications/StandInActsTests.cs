using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Tests.Notifications;

/// <summary>
/// A stand-in acts for the away person: completes the tasks that went to them in the period, noted in the history,
/// and reads those tasks' answers, nothing else of the away person's work.
/// </summary>
public sealed class StandInActsTests
{
    // Kim's task with a form; created when the lab launches on Monday 1 June 2026.
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "reminders": [7, 2],
        "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ]
        """;

    private static readonly JsonObject Answers = new() { ["note"] = "Tre intervjuer klara" };

    [Fact]
    public async Task CompleteAsync_CompletesForTheAwayPersonWithAHistoryNote_WhenTheTaskWasCreatedInThePeriod()
    {
        await using var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 5)), host.Token);
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);

        var result = await host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Lo.Id, null, (JsonObject)Answers.DeepClone(), host.Token);

        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        var stored = await host.TaskAsync(task.LabId);
        Assert.Equal(LabTaskStatus.Completed, stored.Status);
        Assert.Equal(NotificationTestHost.Kim.Id, stored.AssigneeId);
        var completed = Assert.Single(stored.History, h => h.Kind == TaskHistoryKind.Completed);
        Assert.Equal((NotificationTestHost.Lo.Id.ToString(), NotificationTestHost.Kim.Id), (completed.Actor, completed.From));
        Assert.Equal("Tre intervjuer klara", result.Task.Answers?["note"]?.GetValue<string>());
    }

    [Fact]
    public async Task CompleteAsync_IsRefused_WhenTheTaskWasCreatedBeforeThePeriod()
    {
        await using var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 5)), host.Token);
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        host.SetStockholmTime(new DateOnly(2026, 6, 3), 9);

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Lo.Id, null, (JsonObject)Answers.DeepClone(), host.Token));

        Assert.Equal(LabErrors.Forbidden, refusal.Code);
        Assert.Equal(LabTaskStatus.Open, (await host.TaskAsync(task.LabId)).Status);
    }

    [Fact]
    public async Task CompleteAsync_IsRefused_WhenTheTaskWasGivenToSomeoneElseSince()
    {
        await using var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 5)), host.Token);
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        await host.Tasks.ReassignAsync(task.Id, NotificationTestHost.Facilitator.Id, NotificationTestHost.Sponsor.Id, null, host.Token);

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Lo.Id, null, (JsonObject)Answers.DeepClone(), host.Token));

        // The stand-in had the task, so they hear that it was handed over (409), not that it was never theirs.
        Assert.Equal(LabErrors.Conflict, refusal.Code);
        Assert.False((await host.TaskAsync(task.LabId)).MayComplete(NotificationTestHost.Lo.Id));
    }

    [Fact]
    public async Task CompleteAsync_IsAllowed_WhenAReminderInThePeriodGaveTheStandInAnOlderTask()
    {
        await using var host = new NotificationTestHost();
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 12)), host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 6, 0, 0, TimeSpan.Zero));
        await host.RemindAsync();

        var result = await host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Lo.Id, null, (JsonObject)Answers.DeepClone(), host.Token);

        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        Assert.Contains(result.Task.History, h => h.Kind == TaskHistoryKind.StandIn && h.To == NotificationTestHost.Lo.Id && h.From == NotificationTestHost.Kim.Id);
    }

    [Fact]
    public async Task GetAsync_ShowsTheStandInTheAnswersOfTheirTaskOnly_WhenTheAwayPersonHasAnotherTask()
    {
        await using var host = new NotificationTestHost();
        var before = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        await host.Tasks.CompleteAsync(before.Id, NotificationTestHost.Kim.Id, null, new JsonObject { ["note"] = "Kims egna anteckningar" }, host.Token);
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 5)), host.Token);
        var during = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        await host.Tasks.CompleteAsync(during.Id, NotificationTestHost.Kim.Id, null, (JsonObject)Answers.DeepClone(), host.Token);

        var theirs = await host.Tasks.GetAsync(during.Id, NotificationTestHost.Lo.Id, host.Token);
        var notTheirs = await host.Tasks.GetAsync(before.Id, NotificationTestHost.Lo.Id, host.Token);

        Assert.Equal("Tre intervjuer klara", theirs.Answers?["note"]?.GetValue<string>());
        Assert.Null(notTheirs.Answers);
    }

    [Fact]
    public async Task SendDueAsync_ListsTheTaskInTheStandInsDigest_WhenItWentToThem()
    {
        await using var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 5)), host.Token);
        await host.LaunchAsync(Report);
        await host.Get<INotificationPreferences>().SetAsync(new NotificationPreferences(NotificationTestHost.Lo.Id, DailyDigest: true), host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.DigestAsync();

        Assert.Equal(1, sent);
        var digest = Assert.Single(await host.EmailsAsync(EmailTemplates.DailyDigest));
        Assert.Equal("lo@example.se", digest.RecipientAddress);
        Assert.Contains("Report interviews", digest.TextBody, StringComparison.Ordinal);
    }
}
