using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The migration that makes SQLite's journal one B-tree (<c>WITHOUT ROWID</c>, issue 17: pages per burst), on a
/// database at the migration before it holding rows: every row and column is kept, new rows still go in through EF Core,
/// and the key still refuses a repeated entry. PostgreSQL's schema is its own (the migration changes nothing there).
/// </summary>
public abstract class JournalWithoutRowIdMigrationTests : MigrationTestBase
{
    private const string PreviousMigration = "NarrowerWorkflowIndexes";

    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task Migrate_KeepsEveryJournalRow_AndTheJournalStaysWritable()
    {
        await using var database = Database();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        JournalEntryRow[] entries =
        [
            new() { InstanceId = first, Sequence = 1, Timestamp = At, Event = "WorkflowStarted", Actor = "person-1" },
            new()
            {
                InstanceId = first, Sequence = 2, Timestamp = At.AddSeconds(1), Event = "ActivityCompleted", Actor = "system", ActivityId = "review",
                Outcome = "approved", Message = "Looks good", Data = """{"answer":42}""",
            },
            new() { InstanceId = second, Sequence = 1, Timestamp = At.AddMinutes(1), Event = "WorkflowStarted", Actor = "person-2" },
        ];
        await using (var context = database.CreateContext())
        {
            // A new SQLite file migrates up to the previous migration; PostgreSQL's cloned template migrates down to it.
            await context.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            context.Journal.AddRange(entries);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = database.CreateContext())
        {
            var rows = await context.Journal.AsNoTracking().ToListAsync();
            Assert.Equal(
                entries.Select(Columns).OrderBy(c => c.InstanceId).ThenBy(c => c.Sequence),
                rows.Select(Columns).OrderBy(c => c.InstanceId).ThenBy(c => c.Sequence));

            context.Journal.Add(new JournalEntryRow { InstanceId = second, Sequence = 2, Timestamp = At.AddMinutes(2), Event = "WorkflowCompleted", Actor = "system" });
            await context.SaveChangesAsync();
            Assert.Equal([1L, 2L], await context.Journal.AsNoTracking().Where(e => e.InstanceId == second).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        }

        await using (var context = database.CreateContext())
        {
            context.Journal.Add(new JournalEntryRow { InstanceId = first, Sequence = 2, Timestamp = At, Event = "ActivityCompleted", Actor = "system" });
            var repeated = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.True(DbErrors.IsUniqueViolation(repeated), repeated.ToString());
        }
    }

    private static (Guid InstanceId, long Sequence, DateTimeOffset Timestamp, string Event, string Actor, string? ActivityId, string? Outcome, string? Message, string? Data) Columns(
        JournalEntryRow row) =>
        (row.InstanceId, row.Sequence, row.Timestamp, row.Event, row.Actor, row.ActivityId, row.Outcome, row.Message, row.Data);
}

public sealed class SqliteJournalWithoutRowIdMigrationTests : JournalWithoutRowIdMigrationTests
{
    protected override string Provider => DatabaseProviders.Sqlite;

    /// <summary>
    /// EF Core cannot say <c>WITHOUT ROWID</c> in its model; a later migration that rebuilds the journal (SQLite's way
    /// to alter a column) would create it again without, silently. This fails first.
    /// </summary>
    [Fact]
    public async Task EveryMigration_LeavesTheJournalOneBTreeWithoutRowId()
    {
        await using var database = Database();
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();

        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'WorkflowJournal' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var objects = new List<(string Type, string Name, string? Sql)>();
        while (await reader.ReadAsync())
        {
            objects.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        // The table and nothing else: no rowid table beside a key index (sqlite_autoindex_…), no secondary index.
        var table = Assert.Single(objects);
        Assert.Equal(("table", "WorkflowJournal"), (table.Type, table.Name));
        Assert.EndsWith("WITHOUT ROWID", table.Sql!.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("PRIMARY KEY (\"InstanceId\", \"Sequence\")", table.Sql, StringComparison.Ordinal);
    }
}

public sealed class PostgreSqlJournalWithoutRowIdMigrationTests : JournalWithoutRowIdMigrationTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
