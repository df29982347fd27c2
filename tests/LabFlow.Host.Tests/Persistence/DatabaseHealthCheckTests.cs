using LabFlow.Host.Infrastructure.Health;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The database health check on a real SQLite file: after a failed flush of the write-ahead log no burst is
/// acknowledged any more (<see cref="SqliteWalFile"/>), and the health endpoint must say so and what to do.
/// </summary>
public sealed class DatabaseHealthCheckTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _file = SqliteTestDatabase.Create();

    [Fact]
    public async Task CheckHealthAsync_IsUnhealthyAndSaysToRestart_AfterAFlushOfTheWalFailed()
    {
        // Arrange: the file's WAL durability on a disk whose fdatasync fails; healthy before any flush.
        await using var database = _file.OpenLabFlowDatabase();
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var file = ((SqliteConnection)db.Database.GetDbConnection()).DataSource;
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"HealthRows\" (\"N\" INTEGER NOT NULL)");
        var wal = new SqliteWalFile(file, _ => -1);
        SqliteWalDurability.Use(file, wal);
        await db.Database.CloseConnectionAsync();
        var check = new DatabaseHealthCheck(db);
        var before = await check.CheckHealthAsync(new HealthCheckContext());

        // Act
        Assert.Throws<IOException>(wal.Flush);
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        // Assert
        Assert.Equal(HealthStatus.Healthy, before.Status);
        Assert.Equal(HealthStatus.Unhealthy, after.Status);
        Assert.Contains("restart LabFlow", after.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(_file.FilePath, after.Description, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
