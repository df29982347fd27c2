using System.Globalization;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The pragmas are set once per native connection (issue 17), so they must still hold on every later open of a
/// pooled connection and on a new native connection after the pool is cleared.
/// </summary>
public sealed class SqlitePragmaInterceptorTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();

    [Fact]
    public async Task ConnectionOpened_KeepsEveryPragma_WhenAPooledConnectionIsOpenedAgain()
    {
        // Arrange
        var options = new DbContextOptionsBuilder<SqliteLabFlowDbContext>()
            .UseSqlite(_database.ConnectionString)
            .AddInterceptors(SqlitePragmaInterceptor.Instance)
            .Options;
        var seen = new List<string>();

        // Act: three opens of the pooled connection, then a new native connection after clearing the pool.
        for (var open = 0; open < 4; open++)
        {
            if (open == 3)
            {
                SqliteConnection.ClearAllPools();
            }

            await using var db = new SqliteLabFlowDbContext(options);
            await db.Database.OpenConnectionAsync();
            seen.Add(await PragmasAsync(db));
            await db.Database.CloseConnectionAsync();
        }

        // Assert: busy_timeout, journal_mode, wal_autocheckpoint, synchronous (2 = FULL), foreign_keys and no memory map
        // (0: reads use pread, see SqlitePragmaInterceptor) on every open.
        Assert.All(seen, pragmas => Assert.Equal("30000 wal 10000 2 1 0", pragmas));
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static async Task<string> PragmasAsync(DbContext db)
    {
        var values = new List<string>();
        foreach (var pragma in new[] { "busy_timeout", "journal_mode", "wal_autocheckpoint", "synchronous", "foreign_keys", "mmap_size" })
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {pragma}";
            values.Add(Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "null");
        }

        return string.Join(' ', values);
    }
}
