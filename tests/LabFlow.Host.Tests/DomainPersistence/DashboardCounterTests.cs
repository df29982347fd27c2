using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The dashboard's counts kept by the database's triggers (migration <c>DashboardCounters</c>) equal <c>COUNT(*)</c> of
/// the labs and open dated tasks after every kind of write: through the stores (a task added, completed, skipped,
/// closed, reopened by claim, its due date moved; a lab's start moved, a lab removed), by bulk SQL, in a transaction
/// rolled back, and from many writers at once. The engine's own writers (a completion closing its task by its bookmark,
/// a cancelled lab closing its tasks) are checked after every race test (<c>RaceTests</c>).
/// </summary>
public abstract class DashboardCounterTests : DomainStoreTestBase
{
    private const string LabFlow = "social-innovation-lab";
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;
    private static readonly string Preschool = PilotAdministrations.Forskoleforvaltningen.Id;

    [DatabaseFact]
    public async Task Counts_FollowEveryTaskAndLabTransition_ThroughTheStores()
    {
        var school = await AddLabAsync(LabFlow, School, Today.AddDays(-30));
        var preschool = await AddLabAsync(LabFlow, Preschool, Today.AddDays(-10));
        Assert.Equal((2L, 0L), await CheckAsync());

        var late = await AddTaskAsync(school, Today.AddDays(-2));
        var later = await AddTaskAsync(school, Today.AddDays(-1));
        var undated = await AddTaskAsync(school, null);
        var elsewhere = await AddTaskAsync(preschool, Today.AddDays(-3));
        await AddTaskAsync(school, Today.AddDays(-5), LabTaskStatus.Completed);
        Assert.Equal((2L, 3L), await CheckAsync());

        late = await UpdateAsync(late, t => t with { Status = LabTaskStatus.Completed, ClosedAt = LabFlowTestNode.StartTime });
        Assert.Equal((2L, 2L), await CheckAsync());

        later = await UpdateAsync(later, t => t with { Due = Today.AddDays(3) });
        Assert.Equal((2L, 2L), await CheckAsync());
        Assert.Equal(1, (await FiguresAsync()).OverdueTasks[Preschool]);
        Assert.False((await FiguresAsync()).OverdueTasks.ContainsKey(School));

        undated = await UpdateAsync(undated, t => t with { Due = Today.AddDays(-4) });
        Assert.Equal((2L, 3L), await CheckAsync());
        Assert.Equal(1, (await FiguresAsync()).OverdueTasks[School]);

        await UpdateAsync(undated, t => t with { Status = LabTaskStatus.Skipped, ClosedAt = LabFlowTestNode.StartTime });
        await UpdateAsync(elsewhere, t => t with { Status = LabTaskStatus.Closed, ClosedAt = LabFlowTestNode.StartTime });
        await UpdateAsync(later, t => t with { Status = LabTaskStatus.Claimed });
        Assert.Equal((2L, 1L), await CheckAsync());
        Assert.Empty((await FiguresAsync()).OverdueTasks);
        Assert.Equal(1, (await FiguresAsync(Today.AddDays(4))).OverdueTasks[School]);

        var lab = await InScopeAsync<ILabStore, Lab?>(s => s.FindAsync(preschool, Token));
        await InScopeAsync<ILabStore, Lab>(s => s.UpdateAsync(lab! with { StartDate = Today.AddDays(20) }, lab!.Version, Token));
        Assert.Equal((2L, 1L), await CheckAsync());
        Assert.Contains((await FiguresAsync()).Labs, c => c is { AdministrationId: var a, Started: false, Labs: 1 } && a == Preschool);

        await InScopeAsync<ILabStore>(s => s.RemoveAsync(preschool, Token));
        Assert.Equal((1L, 1L), await CheckAsync());
    }

    [DatabaseFact]
    public async Task Counts_FollowBulkSql_AndStayAsTheyWere_WhenTheTransactionRollsBack()
    {
        var school = await AddLabAsync(LabFlow, School, Today.AddDays(-30));
        for (var i = 0; i < 6; i++)
        {
            await AddTaskAsync(school, Today.AddDays(-i - 1));
        }

        Assert.Equal((1L, 6L), await CheckAsync());

        // Bulk SQL, as a backfill or the scale generator writes: every open task moved, then half closed, then one deleted.
        await ExecuteAsync("""UPDATE "Tasks" SET "Due" = "StartDate" FROM "Labs" WHERE "Labs"."Id" = "Tasks"."LabId" """, """UPDATE "Tasks" SET "Due" = (SELECT "StartDate" FROM "Labs" WHERE "Labs"."Id" = "Tasks"."LabId")""");
        Assert.Equal((1L, 6L), await CheckAsync());
        Assert.Equal(6, (await FiguresAsync()).OverdueTasks[School]);
        await InScopeAsync<LabFlowDbContext>(db => db.Database.ExecuteSqlRawAsync(
            """UPDATE "Tasks" SET "IsOpen" = {0}, "Status" = 'Closed' WHERE "Id" IN (SELECT "Id" FROM "Tasks" ORDER BY "Id" LIMIT 3)""", [false], Token));
        await InScopeAsync<LabFlowDbContext>(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "Tasks" WHERE "Id" IN (SELECT "Id" FROM "Tasks" WHERE "IsOpen" = {0} ORDER BY "Id" LIMIT 1)""", [true], Token));
        Assert.Equal((1L, 2L), await CheckAsync());

        // A transaction that adds a lab and a task and moves the others, then rolls back: the counts are as before.
        await Node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            await sp.GetRequiredService<ILabStore>().AddAsync(NewLab(LabFlow, Preschool, Today), Token);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Tasks" SET "Due" = NULL""", Token);
            Assert.Equal((2L, 0L), await DashboardCounterCheck.AssertMatchesRowsAsync(db, Token));
            await transaction.RollbackAsync(Token);
            return 0;
        });
        Assert.Equal((1L, 2L), await CheckAsync());
        Assert.Equal(2, (await FiguresAsync()).OverdueTasks[School]);
    }

    [DatabaseFact]
    public async Task Counts_AddUp_WhenManyWritersAddAndCloseTasksAtOnce()
    {
        const int Writers = 16;
        var labs = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            labs.Add(await AddLabAsync(LabFlow, i % 2 == 0 ? School : Preschool, Today.AddDays(-i)));
        }

        // Every writer adds a task due on one of two days in its own scope (a request), all at once; then every second
        // one is completed at once, crossing days and administrations.
        var added = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => AddTaskAsync(labs[i % labs.Count], Today.AddDays(-1 - (i % 2))))));
        Assert.Equal((4L, Writers), await CheckAsync());
        await Task.WhenAll(added.Where((_, i) => i % 2 == 0).Select(t => Task.Run(() => UpdateAsync(t, u => u with { Status = LabTaskStatus.Completed, ClosedAt = LabFlowTestNode.StartTime }))));

        Assert.Equal((4L, Writers / 2), await CheckAsync());
        var overdue = (await FiguresAsync()).OverdueTasks;
        Assert.Equal(Writers / 2, overdue.Values.Sum());
    }

    [DatabaseFact]
    public async Task Figures_StayExact_WhenTheCountRowsAreCompacted()
    {
        // Enough changes that PostgreSQL's appended count rows outnumber the keys (its reader then compacts them); on
        // SQLite every change lands on its key's one row.
        var school = await AddLabAsync(LabFlow, School, Today.AddDays(-30));
        for (var i = 0; i < 10; i++)
        {
            await AddTaskAsync(school, Today.AddDays(-1 - (i % 3)));
        }

        for (var round = 0; round < 60; round++)
        {
            await ExecuteAsync(
                $"""UPDATE "Tasks" SET "Due" = "Due" + {(round % 2 == 0 ? 1 : -1)}""",
                $"""UPDATE "Tasks" SET "Due" = date("Due", '{(round % 2 == 0 ? "+1" : "-1")} day')""");
        }

        Assert.Equal((1L, 10L), await CheckAsync());
        var before = await CountRowsAsync();
        Assert.Equal(10, (await FiguresAsync()).OverdueTasks[School]);
        var after = await CountRowsAsync();

        Assert.Equal((1L, 10L), await CheckAsync());
        Assert.Equal(10, (await FiguresAsync()).OverdueTasks[School]);
        Assert.True(after <= 10 && after <= before, $"{before} count rows before the read, {after} after");
    }

    [DatabaseFact]
    public async Task CompactionJob_FoldsTheCountRows_WithoutADashboardRead()
    {
        // Fewer changes than make the dashboard's read compact: only the hourly job folds these on PostgreSQL.
        var school = await AddLabAsync(LabFlow, School, Today.AddDays(-30));
        for (var i = 0; i < 4; i++)
        {
            await AddTaskAsync(school, Today.AddDays(-1 - (i % 2)));
        }

        for (var round = 0; round < 20; round++)
        {
            await ExecuteAsync(
                $"""UPDATE "Tasks" SET "Due" = "Due" + {(round % 2 == 0 ? 1 : -1)}""",
                $"""UPDATE "Tasks" SET "Due" = date("Due", '{(round % 2 == 0 ? "+1" : "-1")} day')""");
        }

        var before = await CountRowsAsync();
        await InScopeAsync<IEnumerable<ILabFlowRecurringJob>>(jobs => jobs.Single(j => j.Id == DashboardCountsCompactionJob.JobId).RunAsync(Token));
        var after = await CountRowsAsync();

        Assert.Equal((1L, 4L), await CheckAsync());
        Assert.Equal(4, (await FiguresAsync()).OverdueTasks[School]);
        // One lab key and the tasks' two due days (plus, on SQLite, the emptied days' rows it keeps at zero).
        Assert.True(after <= 5, $"{before} count rows before the job, {after} after");
        if (DatabaseProviders.IsPostgreSql(Provider))
        {
            Assert.True(before > 40, $"PostgreSQL appends a row per change: {before}");
        }
    }

    private Task<(long Labs, long OpenTasks)> CheckAsync() =>
        InScopeAsync<LabFlowDbContext, (long, long)>(db => DashboardCounterCheck.AssertMatchesRowsAsync(db, Token));

    private Task<long> CountRowsAsync() =>
        InScopeAsync<LabFlowDbContext, long>(db => db.Database
            .SqlQueryRaw<long>("""SELECT CAST(COUNT(*) AS BIGINT) AS "Value" FROM "DashboardLabCounts" UNION ALL SELECT CAST(COUNT(*) AS BIGINT) FROM "DashboardOpenTaskCounts" """)
            .ToListAsync(Token)
            .ContinueWith(t => t.Result.Sum(), TaskScheduler.Default));

    /// <summary>The same change in each provider's SQL dialect (dates and UPDATE … FROM differ).</summary>
    private Task ExecuteAsync(string postgreSql, string sqlite) =>
        InScopeAsync<LabFlowDbContext>(db => db.Database.ExecuteSqlRawAsync(DatabaseProviders.IsPostgreSql(Provider) ? postgreSql : sqlite, Token));

    private Task<DashboardFigures> FiguresAsync(DateOnly? today = null) =>
        InScopeAsync<IDashboardStore, DashboardFigures>(s => s.ReadFiguresAsync(null, [LabFlow], today ?? Today, Token));

    private static Lab NewLab(string flow, string administration, DateOnly start) => new(
        Guid.NewGuid(), flow, "Labb", administration, "Utmaning", ["Arbete"], [new LabMember(Guid.NewGuid(), Role.Facilitator)], start, Paused: false,
        LabFlowTestNode.StartTime, "facilitator");

    private async Task<Guid> AddLabAsync(string flow, string administration, DateOnly start)
    {
        var lab = NewLab(flow, administration, start);
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));
        await LabInstanceRows.AddAsync(Node, lab, "Running", Token);
        return lab.Id;
    }

    private Task<LabTask> AddTaskAsync(Guid labId, DateOnly? due, LabTaskStatus status = LabTaskStatus.Open) =>
        InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(
            new LabTask
            {
                Id = Guid.NewGuid(),
                LabId = labId,
                Kind = TaskKinds.Bookmark,
                ActivityId = "step",
                Title = LocalizedText.Of("Uppgift"),
                Due = due,
                Status = status,
                ClosedAt = status == LabTaskStatus.Open ? null : LabFlowTestNode.StartTime,
                CreatedAt = LabFlowTestNode.StartTime,
            },
            Token));

    private Task<LabTask> UpdateAsync(LabTask task, Func<LabTask, LabTask> change) =>
        InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(change(task), task.Version, Token));
}

public sealed class SqliteDashboardCounterTests : DashboardCounterTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlDashboardCounterTests : DashboardCounterTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
