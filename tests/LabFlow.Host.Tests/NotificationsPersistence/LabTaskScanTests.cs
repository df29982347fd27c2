using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>
/// Issue 17: the notification scans read the database in two queries, with the lab-by-lab scan's rules; the follow-up
/// scan reads only tasks with a follow-up date (a column, filled for older rows at start-up). SQLite here, PostgreSQL
/// in <see cref="PostgreSqlLabTaskScanTests"/>.
/// </summary>
public class LabTaskScanTests
{
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@goteborg.example" },
        "due": { "daysAfterStart": 16 }
        """;

    private const string ReportWithFollowUp = Report + """
        ,
        "followUp": { "daysAfterStart": 30 }
        """;

    private static readonly DateTimeOffset Start = new(2026, 6, 1, 5, 0, 0, TimeSpan.Zero);

    protected virtual string Provider => DatabaseProviders.Sqlite;

    [DatabaseFact]
    public async Task ScanAsync_ReturnsOpenTasksOfRunningLabsOnly_WhenOneLabIsPaused()
    {
        await using var files = SqliteTestDatabase.Create();
        await using var database = await TestDatabase.CreateAsync(Provider);
        using var smtp = PersistentNotificationsHost.StartSmtp();
        await using var host = await PersistentNotificationsHost.StartAsync(database, smtp, Start, files.Folder);
        await host.SeedPeopleAsync();
        var running = await host.LaunchAsync(ReportWithFollowUp);
        var paused = await host.LaunchAsync(ReportWithFollowUp);
        await host.InScopeAsync(sp => sp.GetRequiredService<LabService>().PauseAsync(paused.Id, PersistentNotificationsHost.Fia.Id, CancellationToken.None));

        var (open, followUps, lookedUp) = await host.InScopeAsync(async sp =>
        {
            var scan = Assert.IsAssignableFrom<ILabTaskScan>(sp.GetRequiredService<ITaskStore>());
            var open = await scan.ScanAsync(openOnly: true, CancellationToken.None);
            var followUps = await scan.ScanAsync(openOnly: false, CancellationToken.None);
            var lookedUp = await sp.GetRequiredService<ITaskStore>().ListByLabAsync(running.Id, CancellationToken.None);
            return (open, followUps, lookedUp);
        });

        var (lab, state, task) = Assert.Single(open);
        Assert.Equal((running.Id, LabNotificationState.Active), (lab.Id, state));
        Assert.Equal((Assert.Single(lookedUp).Id, LabTaskStatus.Open), (task.Id, task.Status));
        Assert.Equal([running.Id], followUps.Select(r => r.Lab.Id).Distinct());
    }

    [DatabaseFact]
    public async Task ScanAsync_ReturnsOnlyTasksWithAFollowUpDate_WhenNotOpenOnly()
    {
        await using var files = SqliteTestDatabase.Create();
        await using var database = await TestDatabase.CreateAsync(Provider);
        using var smtp = PersistentNotificationsHost.StartSmtp();
        await using var host = await PersistentNotificationsHost.StartAsync(database, smtp, Start, files.Folder);
        await host.SeedPeopleAsync();
        await host.LaunchAsync(Report);
        var withFollowUp = await host.LaunchAsync(ReportWithFollowUp);

        var followUps = await host.InScopeAsync(sp =>
            Assert.IsAssignableFrom<ILabTaskScan>(sp.GetRequiredService<ITaskStore>()).ScanAsync(openOnly: false, CancellationToken.None));

        var (lab, _, task) = Assert.Single(followUps);
        Assert.Equal(withFollowUp.Id, lab.Id);
        Assert.NotNull(task.FollowUp);
    }

    [DatabaseFact]
    public async Task RunAsync_FillsTheFollowUpColumnOnce_WhenARowWasWrittenBeforeIt()
    {
        await using var files = SqliteTestDatabase.Create();
        await using var database = await TestDatabase.CreateAsync(Provider);
        using var smtp = PersistentNotificationsHost.StartSmtp();
        await using var host = await PersistentNotificationsHost.StartAsync(database, smtp, Start, files.Folder);
        await host.SeedPeopleAsync();
        var lab = await host.LaunchAsync(ReportWithFollowUp);
        await host.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Set<TaskRow>()
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FollowUp, (DateOnly?)null), CancellationToken.None));

        var (before, filled, again, after) = await host.InScopeAsync(async sp =>
        {
            var scan = Assert.IsAssignableFrom<ILabTaskScan>(sp.GetRequiredService<ITaskStore>());
            var before = await scan.ScanAsync(openOnly: false, CancellationToken.None);
            var db = sp.GetRequiredService<LabFlowDbContext>();
            var filled = await TaskFollowUpBackfill.RunAsync(db, CancellationToken.None);
            var again = await TaskFollowUpBackfill.RunAsync(db, CancellationToken.None);
            var after = await scan.ScanAsync(openOnly: false, CancellationToken.None);
            return (before, filled, again, after);
        });

        Assert.Empty(before);
        Assert.Equal((1, 0), (filled, again));
        Assert.Equal(lab.Id, Assert.Single(after).Lab.Id);
    }
}
