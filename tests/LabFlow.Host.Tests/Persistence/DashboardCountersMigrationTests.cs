using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The migration that adds the dashboard's kept counts, on a database at the migration before it holding labs and
/// tasks: it counts the rows already there (open dated tasks only, tasks without a lab's flow left out), and its
/// triggers keep counting the writes after it.
/// </summary>
public abstract class DashboardCountersMigrationTests : MigrationTestBase
{
    private const string PreviousMigration = "JournalWithoutRowId";

    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);

    [DatabaseFact]
    public async Task Migrate_CountsTheRowsAlreadyThere_AndTheTriggersCountTheWritesAfter()
    {
        await using var database = Database();
        var school = Lab("school", Today.AddDays(-30));
        var preschool = Lab("preschool", Today.AddDays(-30));
        var planned = Lab("school", Today.AddDays(30));
        await using (var context = database.CreateContext())
        {
            // A new SQLite file migrates up to the previous migration; PostgreSQL's cloned template migrates down to it.
            await context.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            context.AddRange(school, preschool, planned);
            context.AddRange(
                Task(school, Today.AddDays(-1), open: true),
                Task(school, Today.AddDays(-1), open: true),
                Task(school, Today.AddDays(-2), open: false),
                Task(school, null, open: true),
                Task(preschool, Today.AddDays(-3), open: true),
                Task(planned, Today.AddDays(40), open: true),
                Task(school, Today.AddDays(-1), open: true, withLab: false));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
            Assert.Equal((3L, 4L), await DashboardCounterCheck.AssertMatchesRowsAsync(context));
        }

        await using (var context = database.CreateContext())
        {
            context.Add(Lab("school", Today));
            context.Add(Task(preschool, Today.AddDays(-3), open: true));
            await context.SaveChangesAsync();
            await context.Set<TaskRow>().Where(t => t.LabId == school.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsOpen, false));
            Assert.Equal((4L, 3L), await DashboardCounterCheck.AssertMatchesRowsAsync(context));
        }
    }

    private static LabRow Lab(string administration, DateOnly start) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = "social-innovation-lab",
        Title = "Labb",
        AdministrationId = administration,
        Challenge = "Utmaning",
        TargetAreas = "[]",
        People = "[]",
        StartDate = start,
        CreatedAt = At,
        CreatedBy = "facilitator",
    };

    private static TaskRow Task(LabRow lab, DateOnly? due, bool open, bool withLab = true) => new()
    {
        Id = Guid.NewGuid(),
        LabId = lab.Id,
        Kind = "Bookmark",
        Status = open ? "Open" : "Completed",
        IsOpen = open,
        Due = due,
        CreatedAt = At,
        Data = "{}",
        AdministrationId = withLab ? lab.AdministrationId : null,
        DefinitionId = withLab ? lab.DefinitionId : null,
    };
}

public sealed class SqliteDashboardCountersMigrationTests : DashboardCountersMigrationTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlDashboardCountersMigrationTests : DashboardCountersMigrationTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
