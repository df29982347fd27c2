using Hangfire.Storage;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using MimeKit;

namespace LabFlow.Host.Tests.Notifications;

/// <summary>The notification jobs as Hangfire runs them, with email delivered over SMTP to a real server.</summary>
public sealed class NotificationJobsTests
{
    // Due day 16: Wednesday 17 June 2026. Reminders 5 and 1 days before: Friday 12 June and Tuesday 16 June, 08:00
    // Stockholm (06:00 UTC). Escalation 7 days overdue: Wednesday 24 June, 08:00 Stockholm.
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@goteborg.example" },
        "due": { "daysAfterStart": 16 },
        "reminders": [5, 1],
        "escalation": { "overdueDays": 7, "notify": "Facilitator", "reassignTo": "lo@goteborg.example" }
        """;

    [Fact]
    public async Task AddLabFlowNotifications_PutsEveryJobIntoHangfire_WithItsSchedule()
    {
        await using var host = await NotificationsTestHost.StartAsync();

        using var connection = host.Storage.GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron, StringComparer.Ordinal);

        Assert.Equal(
            new Dictionary<string, string>
            {
                [DueTimerSweepJob.JobId] = "* * * * *",
                ["labflow:email-delivery"] = "* * * * *",
                [TaskRemindersJob.JobId] = "*/5 * * * *",
                [OverdueNoticesJob.JobId] = "*/5 * * * *",
                [TaskEscalationsJob.JobId] = "*/5 * * * *",
                [FollowUpNoticesJob.JobId] = "*/5 * * * *",
                [DailyDigestJob.JobId] = "0 * * * *",
                [RetentionJob.JobId] = "30 2 * * *",
            },
            recurring);
    }

    [Fact]
    public async Task Launch_DeliversTaskAssignedEmail_WithSubjectLinkAndCalendarFile()
    {
        await using var host = await NotificationsTestHost.StartAsync();

        var lab = await host.LaunchAsync(Report);

        var message = Assert.Single(await host.ReceivedAsync(1));
        var task = await host.TaskAsync(lab.Id);
        Assert.Equal("Ny uppgift: Rapportera intervjuer (Jämlik rekrytering)", message.Subject);
        Assert.Equal("kim@goteborg.example", Assert.Single(message.To.Mailboxes).Address);
        var link = $"{NotificationsTestHost.BaseUrl}tasks/{task.Id}";
        Assert.Contains($"<a href=\"{link}\"", message.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains(link, message.TextBody!, StringComparison.Ordinal);
        var ics = await CalendarTextAsync(message);
        Assert.Contains($"UID:task-{task.Id:N}@labflow.goteborg.example", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20260617", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Sista dag: Rapportera intervjuer", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskRemindersJob_DeliversRemindersAtConfiguredOffsets_WhenClockReachesThem()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        await host.LaunchAsync(Report);
        await host.ReceivedAsync(1);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 12, 6, 0, 0, TimeSpan.Zero));
        host.Trigger(TaskRemindersJob.JobId);
        var afterFirst = await host.ReceivedAsync(2);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 16, 6, 0, 0, TimeSpan.Zero));
        host.Trigger(TaskRemindersJob.JobId);
        var afterSecond = await host.ReceivedAsync(3);

        // The SMTP server's list is not in arrival order: tell the emails apart by what they say.
        var first = Assert.Single(afterFirst, m => m.Subject?.StartsWith("Påminnelse", StringComparison.Ordinal) == true);
        Assert.Equal("Påminnelse: Rapportera intervjuer ska vara klar onsdag 17 juni 2026", first.Subject);
        Assert.Contains("om 5 dagar", first.TextBody!, StringComparison.Ordinal);
        var reminders = afterSecond.Where(m => m.Subject?.StartsWith("Påminnelse", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, reminders.Count);
        var second = Assert.Single(reminders, m => m.TextBody!.Contains("alltså i morgon", StringComparison.Ordinal));
        Assert.All(reminders, m => Assert.Equal("kim@goteborg.example", Assert.Single(m.To.Mailboxes).Address));
        Assert.Contains("DTSTART;VALUE=DATE:20260617", await CalendarTextAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskEscalationsJob_DeliversEscalationToFacilitator_AndAssignmentToNewAssignee()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var lab = await host.LaunchAsync(Report);
        await host.ReceivedAsync(1);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 24, 6, 0, 0, TimeSpan.Zero));
        host.Trigger(TaskEscalationsJob.JobId);
        var received = await host.ReceivedAsync(3);

        var escalation = Assert.Single(received, m => m.To.Mailboxes.Any(a => a.Address == "fia@goteborg.example"));
        Assert.Equal("En försenad uppgift behöver din hjälp: Rapportera intervjuer (Jämlik rekrytering)", escalation.Subject);
        Assert.Equal("fia@goteborg.example", Assert.Single(escalation.To.Mailboxes).Address);
        Assert.Contains("Uppgiften har nu flyttats till Lo Samordnare.", escalation.TextBody!, StringComparison.Ordinal);
        var assigned = Assert.Single(received, m => m.To.Mailboxes.Any(a => a.Address == "lo@goteborg.example"));
        Assert.Equal("New task: Report interviews (Jämlik rekrytering)", assigned.Subject);
        Assert.Equal(NotificationsTestHost.Lo.Id, (await host.TaskAsync(lab.Id)).AssigneeId);
    }

    private static async Task<string> CalendarTextAsync(MimeMessage message)
    {
        var calendar = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("deadline.ics", calendar.FileName);
        using var ics = new MemoryStream();
        await calendar.Content!.DecodeToAsync(ics);
        return System.Text.Encoding.UTF8.GetString(ics.ToArray()).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
    }
}
