using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Notifications;

namespace LabFlow.Activities.Tests.Notifications;

public sealed class DailyDigestsTests
{
    private const string ForKim = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 }
        """;

    private const string ForKimSoon = """
        "title": "Boka lokal",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 18 }
        """;

    [Fact]
    public async Task SendDueAsync_SendsOnlyToPeopleWhoOptedIn_OnceADayFrom0800()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(ForKim);
        await host.Get<INotificationPreferences>().SetAsync(new NotificationPreferences(NotificationTestHost.Kim.Id, DailyDigest: true), host.Token);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 59, 59, TimeSpan.Zero));
        var early = await host.DigestAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 6, 0, 0, TimeSpan.Zero));
        var due = await host.DigestAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 12, 0, 0, TimeSpan.Zero));
        var again = await host.DigestAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 3, 6, 0, 0, TimeSpan.Zero));
        var nextDay = await host.DigestAsync();

        Assert.Equal([0, 1, 0, 1], new[] { early, due, again, nextDay });
        var digests = await host.EmailsAsync(EmailTemplates.DailyDigest);
        Assert.All(digests, d => Assert.Equal("kim@example.se", d.RecipientAddress));
        Assert.Equal("Dina uppgifter i LabFlow tisdag 2 juni 2026", digests[0].Subject);
        Assert.Contains("- Rapportera intervjuer – Jämlik rekrytering, klar senast onsdag 17 juni 2026", digests[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_WhenNobodyOptedIn()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(ForKim);
        await host.Get<INotificationPreferences>().SetAsync(new NotificationPreferences(NotificationTestHost.Kim.Id, DailyDigest: false), host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.DigestAsync();

        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task SendDueAsync_SendsNothing_OnWeekendOrWhenOnlyTaskIsInPausedLab()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(ForKim);
        await host.Get<INotificationPreferences>().SetAsync(new NotificationPreferences(NotificationTestHost.Kim.Id, DailyDigest: true), host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 6, 6, 0, 0, TimeSpan.Zero));
        var saturday = await host.DigestAsync();
        await host.Labs.PauseAsync(lab.Id, NotificationTestHost.Facilitator.Id, host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 8, 6, 0, 0, TimeSpan.Zero));

        var paused = await host.DigestAsync();

        Assert.Equal(0, saturday);
        Assert.Equal(0, paused);
    }

    [Fact]
    public async Task SendDueAsync_ListsOverdueFirstAndMarksDueThisWeek()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(ForKimSoon);
        await host.LaunchAsync(ForKim);
        await host.Get<INotificationPreferences>().SetAsync(new NotificationPreferences(NotificationTestHost.Kim.Id, DailyDigest: true), host.Token);
        // Thursday 18 June: "Rapportera intervjuer" (17 June) is overdue, "Boka lokal" (due Friday 19 June is midsommarafton, so Thursday 18 June) is due today.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 18, 6, 0, 0, TimeSpan.Zero));

        await host.DigestAsync();

        var digest = Assert.Single(await host.EmailsAsync(EmailTemplates.DailyDigest));
        var model = JsonNode.Parse(digest.ModelJson)!.AsObject();
        var tasks = model["tasks"]!.AsArray();
        Assert.Equal(["Rapportera intervjuer", "Boka lokal"], tasks.Select(t => t!["title"]!.GetValue<string>()));
        Assert.Equal([true, false], tasks.Select(t => t!["overdue"]!.GetValue<bool>()));
        Assert.Equal([false, true], tasks.Select(t => t!["dueThisWeek"]!.GetValue<bool>()));
        Assert.Equal(1, model["overdueCount"]!.GetValue<int>());
        Assert.Contains("- Rapportera intervjuer – Jämlik rekrytering, klar senast onsdag 17 juni 2026 (försenad)", digest.TextBody, StringComparison.Ordinal);
    }
}
