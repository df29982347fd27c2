using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>Issue 17: the notification scans read the database in two queries, with the lab-by-lab scan's rules.</summary>
public sealed class LabTaskScanTests
{
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@goteborg.example" },
        "due": { "daysAfterStart": 16 }
        """;

    [Fact]
    public async Task ScanAsync_ReturnsOpenTasksOfRunningLabsOnly_WhenOneLabIsPaused()
    {
        await using var database = SqliteTestDatabase.Create();
        using var smtp = PersistentNotificationsHost.StartSmtp();
        await using var host = await PersistentNotificationsHost.StartAsync(database, smtp, new DateTimeOffset(2026, 6, 1, 5, 0, 0, TimeSpan.Zero));
        await host.SeedPeopleAsync();
        var running = await host.LaunchAsync(Report);
        var paused = await host.LaunchAsync(Report);
        await host.InScopeAsync(sp => sp.GetRequiredService<LabService>().PauseAsync(paused.Id, PersistentNotificationsHost.Fia.Id, CancellationToken.None));

        var (open, all, lookedUp) = await host.InScopeAsync(async sp =>
        {
            var scan = Assert.IsAssignableFrom<ILabTaskScan>(sp.GetRequiredService<ITaskStore>());
            var open = await scan.ScanAsync(openOnly: true, CancellationToken.None);
            var all = await scan.ScanAsync(openOnly: false, CancellationToken.None);
            var lookedUp = await sp.GetRequiredService<ITaskStore>().ListByLabAsync(running.Id, CancellationToken.None);
            return (open, all, lookedUp);
        });

        var (lab, state, task) = Assert.Single(open);
        Assert.Equal((running.Id, LabNotificationState.Active), (lab.Id, state));
        Assert.Equal((Assert.Single(lookedUp).Id, LabTaskStatus.Open), (task.Id, task.Status));
        Assert.Equal([running.Id], all.Select(r => r.Lab.Id).Distinct());
    }
}
