using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;

/// <summary>
/// Folds PostgreSQL's appended count rows (<see cref="DashboardCounterSql"/>) into one per key every hour, so a
/// dashboard read after a long time without one does not sum every completion since. The dashboard's read compacts
/// too when it finds many more rows than keys; this job keeps the table small when nobody reads. SQLite keeps one row
/// per key, so there it does nothing.
/// </summary>
internal sealed class DashboardCountsCompactionJob(LabFlowDbContext db, WorkflowConnection connection) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:dashboard-counts";

    public string Id => JobId;

    // Off the hour, away from the jobs that run on it.
    public string Cron => "23 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => CompactAsync(db, connection, cancellationToken);

    /// <summary>One compaction on PostgreSQL (a second one running at the same time returns at once); nothing on SQLite.</summary>
    public static async Task CompactAsync(LabFlowDbContext db, WorkflowConnection connection, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await connection.ReadAsync(DashboardCounterSql.CompactPostgreSql, _ => { }, (reader, token) => reader.ReadAsync(token), cancellationToken);
        }
    }
}
