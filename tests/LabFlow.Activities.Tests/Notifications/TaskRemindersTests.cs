using LabFlow.Activities.Email;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Activities.Tests.Notifications;

public sealed class TaskRemindersTests
{
    // Due day 16: Wednesday 17 June 2026 (summer) or Wednesday 28 January 2026 (winter); reminders 7 and 2 days before.
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@example.se" },
        "informed": ["Sponsor"],
        "due": { "daysAfterStart": 16 },
        "reminders": [7, 2]
        """;

    [Fact]
    public async Task SendDueAsync_SendsAt0800Stockholm_OnEachOffsetDayInSummer()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);

        host.SetStockholmTime(new DateOnly(2026, 6, 10), 7, 59, 59);
        var early = await host.RemindAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 6, 0, 0, TimeSpan.Zero));
        var first = await host.RemindAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 0, 0, TimeSpan.Zero));
        var second = await host.RemindAsync();

        Assert.Equal(0, early);
        Assert.Equal(2, first);
        Assert.Equal(2, second);
        var emails = await host.EmailsAsync(EmailTemplates.TaskReminder);
        Assert.Equal(
            ["kim@example.se", "sam@example.se", "kim@example.se", "sam@example.se"],
            emails.Select(e => e.RecipientAddress));
        Assert.Equal("Påminnelse: Rapportera intervjuer ska vara klar onsdag 17 juni 2026", emails[0].Subject);
        Assert.Contains("om 7 dagar", emails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("om 2 dagar", emails[2].TextBody, StringComparison.Ordinal);
        Assert.All(emails, e => Assert.Equal(lab.Id, e.InstanceId));
        var task = await host.TaskAsync(lab.Id);
        Assert.Equal(task.Reminders, task.RemindersSent);
    }

    [Fact]
    public async Task SendDueAsync_SendsAt0700Utc_WhenStockholmIsOnWinterTime()
    {
        await using var host = new NotificationTestHost(new DateTimeOffset(2026, 1, 12, 6, 0, 0, TimeSpan.Zero));
        await host.LaunchAsync(Report, NotificationTestHost.WinterStart);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 1, 21, 6, 59, 59, TimeSpan.Zero));
        var early = await host.RemindAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 1, 21, 7, 0, 0, TimeSpan.Zero));
        var due = await host.RemindAsync();

        Assert.Equal(0, early);
        Assert.Equal(2, due);
        Assert.All(await host.EmailsAsync(EmailTemplates.TaskReminder), e => Assert.Contains("28 januari 2026", e.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendDueAsync_SendsNothingTwice_WhenJobRunsAgain()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(Report);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 6, 5, 0, TimeSpan.Zero));

        var first = await host.RemindAsync();
        var again = await host.RemindAsync();

        Assert.Equal(2, first);
        Assert.Equal(0, again);
        Assert.Equal(2, (await host.EmailsAsync(EmailTemplates.TaskReminder)).Count);
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_WhileLabIsPaused_AndCatchesUpAfterResume()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        await host.Labs.PauseAsync(lab.Id, NotificationTestHost.Facilitator.Id, host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 6, 0, 0, TimeSpan.Zero));

        var paused = await host.RemindAsync();
        await host.Labs.ResumeAsync(lab.Id, NotificationTestHost.Facilitator.Id, host.Token);
        var resumed = await host.RemindAsync();

        Assert.Equal(0, paused);
        Assert.Equal(2, resumed);
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_WhenTaskIsDone()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        var task = await host.TaskAsync(lab.Id);
        await host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Kim.Id, null, null, host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.RemindAsync();

        Assert.Equal(0, sent);
        Assert.Empty(await host.EmailsAsync(EmailTemplates.TaskReminder));
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_WhenLabWasCancelled()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        await host.Get<LabFlow.Workflows.Execution.IWorkflowRuntime>().CancelAsync(lab.Id, WorkflowActors.System, "Stopped", host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.RemindAsync();

        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task SendDueAsync_FollowsMovedDueDate()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        var task = await host.TaskAsync(lab.Id);
        // From Wednesday 17 June to Wednesday 24 June: reminders on 17 and 22 June.
        await host.Tasks.MoveDueDateAsync(task.Id, NotificationTestHost.Facilitator.Id, new DateOnly(2026, 6, 24), host.Token);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 0, 0, TimeSpan.Zero));
        var atOldDate = await host.RemindAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 17, 6, 0, 0, TimeSpan.Zero));
        var atNewDate = await host.RemindAsync();

        Assert.Equal(0, atOldDate);
        Assert.Equal(2, atNewDate);
        Assert.All(await host.EmailsAsync(EmailTemplates.TaskReminder), e => Assert.Contains("24 juni 2026", e.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendDueAsync_SkipsReminderButRecordsIt_WhenDueDateHasPassed()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 18, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.RemindAsync();

        Assert.Equal(0, sent);
        var task = await host.TaskAsync(lab.Id);
        Assert.Equal(task.Reminders, task.RemindersSent);
    }
}
