using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabFlow.Host.Infrastructure.Health;

/// <summary>Healthy when LabFlow's database answers; the reason names no connection string.</summary>
internal sealed class DatabaseHealthCheck(LabFlowDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer; check that its server is running and LabFlow:Database is right.");
}
