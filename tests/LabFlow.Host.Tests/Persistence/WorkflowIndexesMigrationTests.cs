using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The migration that narrows the workflow tables' indexes (issue 17: fewer B-tree pages per burst) on a database
/// created at the migration before it and holding rows: every row is kept, and the indexes are the new ones.
/// </summary>
public abstract class WorkflowIndexesMigrationTests : MigrationTestBase
{
    private const string PreviousMigration = "EmailUndeliverable";

    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task Migrate_KeepsEveryWorkflowRow_AndLeavesOnlyTheNarrowerIndexes()
    {
        await using var database = Database();
        var lab = Guid.NewGuid();
        var task = Guid.NewGuid();
        var timer = Guid.NewGuid();
        await using (var context = database.CreateContext())
        {
            // A new SQLite file migrates up to the previous migration; PostgreSQL's cloned template migrates down to it.
            await context.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            context.Instances.Add(new WorkflowInstanceRow
            {
                Id = lab, DefinitionId = "flow", DefinitionVersion = 2, Status = "Suspended", ConcurrencyToken = 3,
                CreatedAt = At, UpdatedAt = At, State = "{}",
            });
            context.Bookmarks.Add(new BookmarkRow { Id = task, InstanceId = lab, ActivityId = "task", Kind = "Task", Key = "task-key", CreatedAt = At, TokenId = Guid.NewGuid() });
            context.Bookmarks.Add(new BookmarkRow { Id = timer, InstanceId = lab, ActivityId = "wait", Kind = "Timer", CreatedAt = At, DueAt = At.AddDays(1), TokenId = Guid.NewGuid() });
            context.Journal.Add(new JournalEntryRow { InstanceId = lab, Sequence = 1, Timestamp = At, Event = "Started", Actor = "system" });
            context.Journal.Add(new JournalEntryRow { InstanceId = lab, Sequence = 2, Timestamp = At, Event = "ActivityCompleted", Actor = "system", ActivityId = "start" });
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = database.CreateContext())
        {
            var instance = await context.Instances.AsNoTracking().SingleAsync();
            Assert.Equal((lab, "flow", 2, "Suspended", 3L), (instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.ConcurrencyToken));
            var bookmarks = await context.Bookmarks.AsNoTracking().OrderBy(b => b.Kind).ToListAsync();
            Assert.Equal([(task, "task-key", (DateTimeOffset?)null), (timer, null, At.AddDays(1))], bookmarks.Select(b => (b.Id, b.Key, b.DueAt)));
            Assert.Equal([1L, 2L], await context.Journal.AsNoTracking().Where(e => e.InstanceId == lab).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());

            var indexes = await IndexesAsync(context);
            Assert.Equal(
                [
                    "IX_Bookmarks_InstanceId",
                    "IX_Bookmarks_Kind_DueAt",
                    "IX_Bookmarks_Kind_Key",
                    "IX_WorkflowInstances_DefinitionId_CreatedAt",
                    "IX_WorkflowInstances_Status_CreatedAt",
                ],
                indexes.Keys);
            Assert.Contains("\"DueAt\" IS NOT NULL", indexes["IX_Bookmarks_Kind_DueAt"], StringComparison.Ordinal);
            Assert.Contains("\"Key\" IS NOT NULL", indexes["IX_Bookmarks_Kind_Key"], StringComparison.Ordinal);
        }
    }

    /// <summary>The named secondary indexes of the three workflow tables, with their definitions as the database prints them.</summary>
    private async Task<SortedDictionary<string, string>> IndexesAsync(LabFlowDbContext context)
    {
        var sql = DatabaseProviders.IsPostgreSql(Provider)
            ? "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('WorkflowInstances', 'Bookmarks', 'WorkflowJournal') AND indexname LIKE 'IX\\_%'"
            : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('WorkflowInstances', 'Bookmarks', 'WorkflowJournal') AND name LIKE 'IX\\_%' ESCAPE '\\'";
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetString(0), reader.GetString(1));
        }

        return indexes;
    }
}

public sealed class SqliteWorkflowIndexesMigrationTests : WorkflowIndexesMigrationTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlWorkflowIndexesMigrationTests : WorkflowIndexesMigrationTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
