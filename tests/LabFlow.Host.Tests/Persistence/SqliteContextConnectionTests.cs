using System.Data;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// A pooled SQLite context keeps its connection open from one lease to the next (issue 17: EF Core's SQLite functions
/// were registered again and every statement prepared again per scope), without keeping anything of the scope before:
/// a transaction left open is rolled back, and disposing the database closes the connections. Real SQLite files,
/// contexts from <see cref="LabFlowDatabase"/> as in the Host.
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

    private static Task CreateTableAsync(LabFlowDbContext db) =>
        db.Database.ExecuteSqlRawAsync("CREATE TABLE \"KeptRows\" (\"Id\" INTEGER PRIMARY KEY, \"N\" INTEGER NOT NULL)");
}
