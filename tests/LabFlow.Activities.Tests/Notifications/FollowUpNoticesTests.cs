using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Notifications;

public sealed class FollowUpNoticesTests
{
    // Follow-up on Monday 7 December 2026 (winter: 08:00 Stockholm is 07:00 UTC).
    private const string WithFollowUp = """
        "title": "Pröva prototypen",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "followUp": "2026-12-07"
        """;

    [Fact]
    public async Task SendDueAsync_TellsDoerOnce_AtFollowUpDate0800EvenWhenTaskIsDone()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(WithFollowUp);
        await host.Tasks.CompleteAsync((await host.TaskAsync(lab.Id)).Id, NotificationTestHost.Kim.Id, null, null, host.Token);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 6, 59, 59, TimeSpan.Zero));
        var early = await host.FollowUpAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero));
        var due = await host.FollowUpAsync();
        var again = await host.FollowUpAsync();

        Assert.Equal([0, 1, 0], new[] { early, due, again });
        var email = Assert.Single(await host.EmailsAsync(EmailTemplates.FollowUpDue));
        Assert.Equal("kim@example.se", email.RecipientAddress);
        Assert.Equal("Dags för uppföljning: Pröva prototypen", email.Subject);
        // The done task's old due date is not sent again as a calendar event.
        Assert.Empty(email.Attachments);
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_WhenLabPaused()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(WithFollowUp);
        await host.Labs.PauseAsync(lab.Id, NotificationTestHost.Facilitator.Id, host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));

        var sent = await host.FollowUpAsync();

        Assert.Equal(0, sent);
    }
}
