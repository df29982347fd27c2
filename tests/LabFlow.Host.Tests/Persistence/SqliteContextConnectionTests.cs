using System.Data;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// A pooled SQLite context keeps its connection open from one lease to the next (issue 17: EF Core's SQLite functions
/// were registered again and every statement prepared again per scope), without keeping anything of the scope before:
/// a transaction left open is rolled back, a reader left undisposed does not pin its read snapshot for the scopes after
/// it, and disposing the database closes the connections. Real SQLite files, contexts from <see cref="LabFlowDatabase"/>
/// as in the Host.
/// </summary>
public sealed class SqliteContextConnectionTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _file = SqliteTestDatabase.Create();
    private readonly LabFlowDatabase _database;

    public SqliteContextConnectionTests()
    {
        _database = _file.OpenLabFlowDatabase();
    }

    [Fact]
    public async Task CreateContext_HandsTheConnectionOutStillOpenWithEfCoresFunctions_WhenThePooledContextIsLeasedAgain()
    {
        // Arrange: a first scope queries (EF Core opens and, before, closed the connection) and ends.
        System.Data.Common.DbConnection first;
        await using (var db = _database.CreateContext())
        {
            await CreateTableAsync(db);
            first = db.Database.GetDbConnection();
        }

        // Act
        await using var again = _database.CreateContext();
        var connection = again.Database.GetDbConnection();
        var stateOnLease = connection.State;
        var comparison = await again.Database.SqlQueryRaw<int>("SELECT ef_compare(1.5, 2.5) AS \"Value\"").SingleAsync();

        // Assert: the same connection, open before this scope ran anything, and EF Core's decimal function answers.
        Assert.Same(first, connection);
        Assert.Equal(ConnectionState.Open, stateOnLease);
        Assert.Equal(-1, comparison);
    }

    [Fact]
    public async Task CreateContext_HandsOutNoneOfTheTransaction_WhenTheContextWentBackToThePoolInsideOne()
    {
        // Arrange
        await using (var db = _database.CreateContext())
        {
            await CreateTableAsync(db);
        }

        await using (var leftOpen = _database.CreateContext())
        {
            await leftOpen.Database.BeginTransactionAsync();
            await leftOpen.Database.ExecuteSqlRawAsync("INSERT INTO \"KeptRows\" (\"N\") VALUES (1)");
        }

        // Act
        await using var next = _database.CreateContext();
        var inTransaction = next.Database.CurrentTransaction is not null;
        await next.Database.ExecuteSqlRawAsync("INSERT INTO \"KeptRows\" (\"N\") VALUES (2)");

        // Assert: the uncommitted row is gone, and the next scope wrote on its own.
        Assert.False(inTransaction);
        Assert.Equal([2L], await next.Database.SqlQueryRaw<long>("SELECT \"N\" AS \"Value\" FROM \"KeptRows\"").ToListAsync());
    }

    [Fact]
    public async Task CreateContext_SeesARowAnotherConnectionCommitted_WhenTheScopeBeforeLeftAnEfQueryUndisposed()
    {
        // Arrange: a scope steps an EF Core query once and drops it (its statement stays un-reset).
        await CreateTableWithRowsAsync();
        await using (var leaking = _database.CreateContext())
        {
            var rows = leaking.Database.SqlQueryRaw<long>("SELECT \"N\" AS \"Value\" FROM \"KeptRows\"").AsAsyncEnumerable().GetAsyncEnumerator();
            Assert.True(await rows.MoveNextAsync());
        }

        await InsertOnAnotherConnectionAsync(4);

        // Act
        await using var later = _database.CreateContext();
        var count = await CountAsync(later);

        // Assert: the later scope reads the database as it is now, not the snapshot of the dropped query.
        Assert.Equal(4L, count);
    }

    [Fact]
    public async Task CreateContext_SeesARowAnotherConnectionCommitted_WhenTheScopeBeforeLeftADataReaderUndisposed()
    {
        // Arrange: a scope reads one row with a plain command on the context's connection and drops the reader.
        await CreateTableWithRowsAsync();
        await using (var leaking = _database.CreateContext())
        {
            var connection = leaking.Database.GetDbConnection();
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "SELECT \"N\" FROM \"KeptRows\"";
            var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
        }

        await InsertOnAnotherConnectionAsync(4);

        // Act
        await using var later = _database.CreateContext();
        var count = await CountAsync(later);
        await later.Database.ExecuteSqlRawAsync("INSERT INTO \"KeptRows\" (\"N\") VALUES (5)");

        // Assert: it reads the new row, and can write (a stale snapshot could not).
        Assert.Equal(4L, count);
        Assert.Equal(5L, await CountAsync(later));
    }

    [Fact]
    public async Task CreateContext_KeepsTheConnectionOpen_AndSeesARowAnotherConnectionCommitted_AfterAScopeThatDisposedEverything()
    {
        // Arrange
        await CreateTableWithRowsAsync();
        System.Data.Common.DbConnection first;
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(3L, await CountAsync(db));
            first = db.Database.GetDbConnection();
        }

        await InsertOnAnotherConnectionAsync(4);

        // Act
        await using var later = _database.CreateContext();
        var stateOnLease = later.Database.GetDbConnection().State;
        var count = await CountAsync(later);

        // Assert
        Assert.Same(first, later.Database.GetDbConnection());
        Assert.Equal(ConnectionState.Open, stateOnLease);
        Assert.Equal(4L, count);
    }

    [Fact]
    public async Task Dispose_ClosesTheConnectionsOfThePooledContexts()
    {
        // Arrange
        System.Data.Common.DbConnection connection;
        await using (var db = _database.CreateContext())
        {
            await CreateTableAsync(db);
            connection = db.Database.GetDbConnection();
        }

        var openWhilePooled = connection.State == ConnectionState.Open;

        // Act
        await _database.DisposeAsync();

        // Assert
        Assert.True(openWhilePooled);
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        await _file.DisposeAsync();
    }

    private async Task CreateTableWithRowsAsync()
    {
        await using var db = _database.CreateContext();
        await CreateTableAsync(db);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"KeptRows\" (\"N\") VALUES (1), (2), (3)");
    }

    private async Task InsertOnAnotherConnectionAsync(int n)
    {
        await using var other = new SqliteConnection(_file.ConnectionString);
        await other.OpenAsync();
        await using var insert = other.CreateCommand();
        insert.CommandText = "INSERT INTO \"KeptRows\" (\"N\") VALUES (@n)";
        insert.Parameters.AddWithValue("@n", n);
        await insert.ExecuteNonQueryAsync();
    }

    private static Task<long> CountAsync(LabFlowDbContext db) =>
        db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"KeptRows\"").SingleAsync();

    private static Task CreateTableAsync(LabFlowDbContext db) =>
        db.Database.ExecuteSqlRawAsync("CREATE TABLE \"KeptRows\" (\"Id\" INTEGER PRIMARY KEY, \"N\" INTEGER NOT NULL)");
}
