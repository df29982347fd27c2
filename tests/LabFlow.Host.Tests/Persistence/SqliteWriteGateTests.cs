using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// SQLite's in-process write gate (issue 17): writers on one file queue for each other instead of sleeping in
/// SQLite's busy handler, and every way a write ends opens the gate for the next. Contexts come from
/// <see cref="LabFlowDatabase"/>, as in the Host. A gate left closed would make the next write wait its 30 s and fail.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _file = SqliteTestDatabase.Create();
    private readonly LabFlowDatabase _database;

    public SqliteWriteGateTests()
    {
        _database = _file.OpenLabFlowDatabase();
    }

    [Fact]
    public async Task BeginTransactionAsync_QueuesTheSecondWriterUntilTheFirstCommits_WhenTwoContextsWriteTheSameFile()
    {
        // Arrange
        await CreateTableAsync();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var firstTransaction = await first.Database.BeginTransactionAsync();
        await InsertAsync(first, 1);

        // Act
        var secondBegin = second.Database.BeginTransactionAsync();
        var queued = !secondBegin.IsCompleted;
        await firstTransaction.CommitAsync();
        await firstTransaction.DisposeAsync();
        await using (var secondTransaction = await secondBegin)
        {
            await InsertAsync(second, 2);
            await secondTransaction.CommitAsync();
        }

        // Assert: the second began only after the first had committed, and both committed, in that order.
        Assert.True(queued);
        Assert.Equal([1L, 2L], await RowsAsync());
    }

    [Fact]
    public async Task BeginTransactionAsync_Begins_WhenTheWriterBeforeRolledBackOrLeftItsTransactionOpenInAPooledContext()
    {
        // Arrange: one transaction rolled back, one left open and its context handed back to the pool.
        await CreateTableAsync();
        await using (var rolledBack = _database.CreateContext())
        {
            await using var transaction = await rolledBack.Database.BeginTransactionAsync();
            await InsertAsync(rolledBack, 1);
            await transaction.RollbackAsync();
        }

        await using (var leftOpen = _database.CreateContext())
        {
            await leftOpen.Database.BeginTransactionAsync();
            await InsertAsync(leftOpen, 2);
        }

        // Act
        await using var next = _database.CreateContext();
        await using (var transaction = await next.Database.BeginTransactionAsync())
        {
            await InsertAsync(next, 3);
            await transaction.CommitAsync();
        }

        // Assert: neither earlier row was kept, and the third writer got the gate.
        Assert.Equal([3L], await RowsAsync());
    }

    [Fact]
    public async Task ExecuteSqlRawAsync_ReleasesTheGate_WhenAWriteOutsideATransactionFails()
    {
        // Arrange
        await CreateTableAsync();
        await using var db = _database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"GateRows\" (\"N\") VALUES (1)");

        // Act: the same key again fails on its unique key; then a transaction needs the gate.
        var failure = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO \"GateRows\" (\"N\") VALUES (1)"));
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await InsertAsync(db, 2);
            await transaction.CommitAsync();
        }

        // Assert
        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal([1L, 2L], await RowsAsync());
    }

    [Fact]
    public async Task Metrics_RecordEachLeasesWaitHoldAndHoldCpu_WhenListenedTo()
    {
        // Arrange: the meter is process-wide and other test classes write beside this one, so count at least.
        await CreateTableAsync();
        var measured = new System.Collections.Concurrent.ConcurrentBag<(string Instrument, string? Kind, double Value)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SqliteWriteGateMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measured.Add((instrument.Name, tags[0].Value as string, value)));
        listener.Start();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();

        // Act: a transaction that a second writer queues behind, then a write outside a transaction.
        var firstTransaction = await first.Database.BeginTransactionAsync();
        var secondBegin = second.Database.BeginTransactionAsync();
        await InsertAsync(first, 1);
        await firstTransaction.CommitAsync();
        await firstTransaction.DisposeAsync();
        await using (var secondTransaction = await secondBegin)
        {
            await InsertAsync(second, 2);
            await secondTransaction.CommitAsync();
        }

        await InsertAsync(first, 3);

        // Assert
        int Count(string instrument, string kind) => measured.Count(m => m.Instrument == instrument && m.Value >= 0
            && (m.Kind == kind || m.Kind == $"{kind} INSERT \"GateRows\""));
        Assert.True(Count("labflow.sqlite.write_gate.wait", SqliteWriteGateInterceptor.TransactionKind) >= 2);
        Assert.True(Count("labflow.sqlite.write_gate.hold", SqliteWriteGateInterceptor.TransactionKind) >= 2);
        Assert.True(Count("labflow.sqlite.write_gate.wait", SqliteWriteGateInterceptor.StatementKind) >= 1);
        Assert.True(Count("labflow.sqlite.write_gate.hold", SqliteWriteGateInterceptor.StatementKind) >= 1);
        Assert.True(Count("labflow.sqlite.write_gate.hold_cpu", SqliteWriteGateInterceptor.StatementKind) >= 1);
        Assert.Equal([1L, 2L, 3L], await RowsAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        await _file.DisposeAsync();
    }

    private async Task CreateTableAsync()
    {
        await using var db = _database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"GateRows\" (\"Id\" INTEGER PRIMARY KEY, \"N\" INTEGER NOT NULL UNIQUE)");
    }

    private static Task InsertAsync(LabFlowDbContext db, int n) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO \"GateRows\" (\"N\") VALUES ({n})");

    private async Task<List<long>> RowsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Database.SqlQueryRaw<long>("SELECT \"N\" AS \"Value\" FROM \"GateRows\" ORDER BY \"Id\"").ToListAsync();
    }
}
