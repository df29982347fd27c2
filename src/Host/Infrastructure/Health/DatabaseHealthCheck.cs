using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabFlow.Host.Infrastructure.Health;

/// <summary>
/// Healthy when LabFlow's database answers and, on SQLite, its write-ahead log could be flushed to disk; the reason
/// names no connection string.
/// </summary>
internal sealed class DatabaseHealthCheck(LabFlowDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer; check that its server is running and LabFlow:Database is right.");
        }

        return await HasLostWritesAsync(cancellationToken)
            ? HealthCheckResult.Unhealthy(
                "A flush of the SQLite database's write-ahead log to disk failed, so no completed step is acknowledged any more. " +
                "Check the disk of the database folder, then restart LabFlow; SQLite recovers from what is on disk.")
            : HealthCheckResult.Healthy("The database answers.");
    }

    // After a failed fdatasync every later burst fails (SqliteWalFile): the people using LabFlow see errors, and whoever
    // watches the health endpoint must learn why.
    private async Task<bool> HasLostWritesAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return false;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return SqliteWalDurability.HasLostWrites(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
