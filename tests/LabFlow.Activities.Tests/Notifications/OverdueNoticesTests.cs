using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Notifications;

public sealed class OverdueNoticesTests
{
    // Due Wednesday 17 June 2026: three days overdue on Saturday 20 June, 08:00 Stockholm (06:00 UTC).
    private const string Report = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@example.se" },
        "informed": ["Sponsor"],
        "due": { "daysAfterStart": 16 }
        """;

    [Fact]
    public async Task SendDueAsync_TellsAssigneeOnce_WhenThreeDaysOverdueAt0800()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(Report);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 20, 5, 59, 59, TimeSpan.Zero));
        var early = await host.OverdueAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 20, 6, 0, 0, TimeSpan.Zero));
        var due = await host.OverdueAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 21, 6, 0, 0, TimeSpan.Zero));
        var nextDay = await host.OverdueAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(0, nextDay);
        var email = Assert.Single(await host.EmailsAsync(EmailTemplates.TaskOverdue));
        Assert.Equal("kim@example.se", email.RecipientAddress);
        Assert.Equal("Försenad uppgift: Rapportera intervjuer", email.Subject);
        Assert.Contains("skulle ha varit klar onsdag 17 juni 2026 (3 dagar sedan)", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDueAsync_UsesConfiguredDays_WhenRulesSayOtherwise()
    {
        await using var host = new NotificationTestHost(rules: new LabFlow.Activities.Notifications.NotificationRules { OverdueNoticeDays = 1 });
        await host.LaunchAsync(Report);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 18, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.OverdueAsync();

        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_WhenTaskDoneOrLabPaused()
    {
        await using var host = new NotificationTestHost();
        var done = await host.LaunchAsync(Report);
        var paused = await host.LaunchAsync(Report);
        await host.Tasks.CompleteAsync((await host.TaskAsync(done.Id)).Id, NotificationTestHost.Kim.Id, null, null, host.Token);
        await host.Labs.PauseAsync(paused.Id, NotificationTestHost.Facilitator.Id, host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 22, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.OverdueAsync();

        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task SendDueAsync_FollowsMovedDueDate()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        var task = await host.TaskAsync(lab.Id);
        await host.Tasks.MoveDueDateAsync(task.Id, NotificationTestHost.Facilitator.Id, new DateOnly(2026, 6, 24), host.Token);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 20, 6, 0, 0, TimeSpan.Zero));
        var atOldDate = await host.OverdueAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 27, 6, 0, 0, TimeSpan.Zero));
        var atNewDate = await host.OverdueAsync();

        Assert.Equal(0, atOldDate);
        Assert.Equal(1, atNewDate);
    }
}
