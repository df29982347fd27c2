using System.Data.Common;
using System.Diagnostics;
using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The migration that gives the email delivery's reads an index they can use and puts a flow version's JSON last
/// (issue 17 session 20: pages read per completion), on a database at the migration before it holding rows: every
/// version row and column is kept, the key still refuses a repeated version, and delivery still claims exactly the
/// due emails it may send.
/// </summary>
public abstract class DueEmailsIndexAndFlowJsonLastMigrationTests : MigrationTestBase
{
    private const string PreviousMigration = "DashboardCounters";

    private protected static readonly DateTimeOffset At = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task Migrate_KeepsEveryFlowVersion_AndDeliveryStillClaimsTheDueEmails()
    {
        await using var database = Database();
        WorkflowDefinitionVersionRow[] versions =
        [
            new() { DefinitionId = "school", Version = 1, Json = new string('x', 20_000), PublishedAt = At, IsRetracted = true, Source = "school.json", ContentHash = "h1" },
            new() { DefinitionId = "school", Version = 2, Json = """{"id":"school"}""", PublishedAt = At.AddDays(1) },
        ];
        var due = EmailAt(EmailStatus.Pending, At.AddMinutes(-1));
        var retrying = EmailAt(EmailStatus.FailedRetrying, At.AddMinutes(-2));
        await using (var context = database.CreateContext())
        {
            // A new SQLite file migrates up to the previous migration; PostgreSQL's cloned template migrates down to it.
            await context.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            context.DefinitionVersions.AddRange(versions);
            context.AddRange(
                due,
                retrying,
                EmailAt(EmailStatus.Pending, At.AddMinutes(10)),
                EmailAt(EmailStatus.Sent, At.AddMinutes(-3)),
                EmailAt(EmailStatus.Undeliverable, At.AddMinutes(-4)));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = database.CreateContext())
        {
            var rows = await context.DefinitionVersions.AsNoTracking().OrderBy(v => v.Version).ToListAsync();
            Assert.Equal(versions.Select(Columns), rows.Select(Columns));

            context.DefinitionVersions.Add(new WorkflowDefinitionVersionRow { DefinitionId = "school", Version = 2, Json = "{}", PublishedAt = At });
            var repeated = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.True(DbErrors.IsUniqueViolation(repeated), repeated.ToString());
        }

        await using (var context = database.CreateContext())
        {
            var store = new EfCoreEmailStore(context);
            Assert.Equal(At.AddMinutes(-2), await store.GetNextAttemptAtAsync(CancellationToken.None));
            var claimed = await store.ClaimDueAsync(At, At.AddMinutes(5), 10, CancellationToken.None);
            Assert.Equal([retrying.Id, due.Id], claimed.Select(m => m.Id));
        }
    }

    private static (string, int, string, DateTimeOffset, bool, string?, string?) Columns(WorkflowDefinitionVersionRow row) =>
        (row.DefinitionId, row.Version, row.Json, row.PublishedAt, row.IsRetracted, row.Source, row.ContentHash);

    private protected static EmailRow EmailAt(EmailStatus status, DateTimeOffset nextAttemptAt) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = Guid.NewGuid(),
        RecipientAddress = "a@example.org",
        RecipientName = "A",
        Culture = "sv-SE",
        Template = "task-assigned",
        ModelJson = "{}",
        Subject = "Subject",
        HtmlBody = "<p>Body</p>",
        TextBody = "Body",
        Attachments = "[]",
        MessageId = "<m@example.org>",
        Status = status,
        NextAttemptAt = nextAttemptAt,
        CreatedAt = At.AddHours(-1),
    };
}

public sealed class SqliteDueEmailsIndexAndFlowJsonLastMigrationTests : DueEmailsIndexAndFlowJsonLastMigrationTests
{
    protected override string Provider => DatabaseProviders.Sqlite;

    /// <summary>
    /// Every burst reads a flow version's small columns; SQLite stores a row's columns in the table's order, so with
    /// the JSON before them it read every overflow page of a large flow. A later migration that rebuilds the table from
    /// a model with another property order fails this first.
    /// </summary>
    [Fact]
    public async Task EveryMigration_LeavesTheFlowJsonTheLastColumn()
    {
        await using var database = Database();
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();

        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('WorkflowDefinitionVersions') ORDER BY cid";
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["DefinitionId", "Version", "PublishedAt", "IsRetracted", "Source", "ContentHash", "Json"], columns);
    }

    /// <summary>
    /// SQLite uses a partial index only when the query holds the index's filter; the delivery's reads of due emails
    /// scanned the whole table (every email row, about a page each) while the filter differed from what EF Core writes.
    /// </summary>
    [Fact]
    public async Task TheDeliveryReads_UseTheDueEmailsIndex()
    {
        await using var database = Database();
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        var store = new EfCoreEmailStore(context);

        var selects = await CapturedSelectsAsync(context, async () =>
        {
            await store.GetNextAttemptAtAsync(CancellationToken.None);
            context.Add(EmailAt(EmailStatus.Pending, At));
            await context.SaveChangesAsync();
            await store.ClaimDueAsync(At.AddMinutes(1), At.AddMinutes(5), 10, CancellationToken.None);
        });

        var dueReads = selects.Where(s => s.Sql.Contains("\"NextAttemptAt\"", StringComparison.Ordinal) && !s.Sql.Contains("\"ClaimToken\" =", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, dueReads.Count);
        await context.Database.OpenConnectionAsync();
        foreach (var (sql, parameters) in dueReads)
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var parameter in parameters)
            {
                var copy = command.CreateParameter();
                copy.ParameterName = parameter.ParameterName;
                copy.Value = parameter.Value;
                command.Parameters.Add(copy);
            }

            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            Assert.Contains(plan, step => step.Contains("USING INDEX IX_Emails_NextAttemptAt", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
        }
    }

    // EF Core's diagnostics are process-wide: only this context's commands are kept, not those of tests running beside it.
    private static async Task<List<(string Sql, DbParameter[] Parameters)>> CapturedSelectsAsync(DbContext context, Func<Task> run)
    {
        var captured = new List<(string Sql, DbParameter[] Parameters)>();
        using var listener = new CommandListener(context, captured);
        await run();
        return captured;
    }

    private sealed class CommandListener : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _context;
        private readonly List<(string Sql, DbParameter[] Parameters)> _captured;
        private readonly List<IDisposable> _subscriptions = [];

        public CommandListener(DbContext context, List<(string Sql, DbParameter[] Parameters)> captured)
        {
            _context = context;
            _captured = captured;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: var command } data
                && ReferenceEquals(data.Context, _context)
                && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("FROM \"Emails\"", StringComparison.Ordinal))
            {
                lock (_captured)
                {
                    _captured.Add((command.CommandText, command.Parameters.Cast<DbParameter>().ToArray()));
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                foreach (var subscription in _subscriptions)
                {
                    subscription.Dispose();
                }
            }
        }
    }
}

public sealed class PostgreSqlDueEmailsIndexAndFlowJsonLastMigrationTests : DueEmailsIndexAndFlowJsonLastMigrationTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
