using Hangfire.Storage;
using LabFlow.Activities.Email;
using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>
/// Issue 5: what LabFlow promised before a restart still happens after it. A lab is started on a real SQLite file,
/// the process is disposed, a new one is built on the same files, and its clock is moved past the moment.
/// </summary>
public sealed class NotificationsRestartTests
{
    // Due day 16: Wednesday 17 June 2026. Reminders 5 and 1 days before: Friday 12 June and Tuesday 16 June, 08:00
    // Stockholm (06:00 UTC).
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@goteborg.example" },
        "due": { "daysAfterStart": 16 },
        "reminders": [5, 1]
        """;

    private static readonly DateTimeOffset LaunchTime = new(2026, 6, 1, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TaskRemindersJob_DeliversTheReminderExactlyOnce_AfterARestart()
    {
        await using var database = SqliteTestDatabase.Create();
        using var smtp = PersistentNotificationsHost.StartSmtp();
        await using (var before = await PersistentNotificationsHost.StartAsync(database, smtp, LaunchTime))
        {
            await before.SeedPeopleAsync();
            await before.LaunchAsync(Report);
            await PersistentNotificationsHost.ReceivedAsync(smtp, 1);
        }

        await using var after = await PersistentNotificationsHost.StartAsync(database, smtp, new DateTimeOffset(2026, 6, 12, 6, 0, 0, TimeSpan.Zero));
        await after.RunJobAsync(TaskRemindersJob.JobId);
        await after.RunJobAsync(TaskRemindersJob.JobId);
        await PersistentNotificationsHost.ReceivedAsync(smtp, 2);
        await after.DeliverDueAsync();

        var received = await PersistentNotificationsHost.ReceivedAsync(smtp, 2);
        Assert.Equal(2, received.Count);
        var reminder = Assert.Single(received, m => m.Subject?.StartsWith("Påminnelse", StringComparison.Ordinal) == true);
        Assert.Equal("Påminnelse: Rapportera intervjuer ska vara klar onsdag 17 juni 2026", reminder.Subject);
        Assert.Equal("kim@goteborg.example", Assert.Single(reminder.To.Mailboxes).Address);
        Assert.Contains("om 5 dagar", reminder.TextBody!, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.Sent, await ReminderStatusOnceSettledAsync(after));
        using var connection = after.Storage.GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == TaskRemindersJob.JobId);
    }

    [Fact]
    public async Task DailyDigestJob_DeliversTheDigest_WhenTheOptInWasSetBeforeARestart()
    {
        await using var database = SqliteTestDatabase.Create();
        using var smtp = PersistentNotificationsHost.StartSmtp();
        await using (var before = await PersistentNotificationsHost.StartAsync(database, smtp, LaunchTime))
        {
            await before.SeedPeopleAsync();
            await before.LaunchAsync(Report);
            await before.InScopeAsync(sp => sp.GetRequiredService<INotificationPreferences>()
                .SetAsync(new NotificationPreferences(PersistentNotificationsHost.Kim.Id, DailyDigest: true), CancellationToken.None));
            await PersistentNotificationsHost.ReceivedAsync(smtp, 1);
        }

        // Tuesday 2 June 2026, 08:00 in Stockholm: a working day's digest time.
        await using var after = await PersistentNotificationsHost.StartAsync(database, smtp, new DateTimeOffset(2026, 6, 2, 6, 0, 0, TimeSpan.Zero));
        await after.RunJobAsync(DailyDigestJob.JobId);
        await after.RunJobAsync(DailyDigestJob.JobId);
        await PersistentNotificationsHost.ReceivedAsync(smtp, 2);
        await after.DeliverDueAsync();

        var received = await PersistentNotificationsHost.ReceivedAsync(smtp, 2);
        Assert.Equal(2, received.Count);
        var digest = Assert.Single(received, m => m.Subject?.StartsWith("Dina uppgifter", StringComparison.Ordinal) == true);
        Assert.Equal("kim@goteborg.example", Assert.Single(digest.To.Mailboxes).Address);
        Assert.Contains("Rapportera intervjuer", digest.TextBody!, StringComparison.Ordinal);
    }

    /// <summary>
    /// The delivery loop marks a row sent right after the SMTP server accepted it, so the row can still say Sending
    /// when the message has arrived; the store gives no signal, so look again briefly until it settles.
    /// </summary>
    private static async Task<EmailStatus> ReminderStatusOnceSettledAsync(PersistentNotificationsHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var rows = await host.InScopeAsync(sp => sp.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(), CancellationToken.None));
            var status = Assert.Single(rows, r => r.Template == EmailTemplates.TaskReminder).Status;
            if (status != EmailStatus.Sending || timeout.IsCancellationRequested)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }
}
