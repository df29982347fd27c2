using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabFlow.Host.Infrastructure.Health;

/// <summary>
/// Healthy when a Hangfire server has reported in recently, so timers, reminders and emails are being triggered.
/// LabFlow's rows keep what is due while it is down, so this is Degraded rather than Unhealthy.
/// </summary>
internal sealed class SchedulerHealthCheck(JobStorage storage, TimeProvider timeProvider) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatAge = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var servers = storage.GetMonitoringApi().Servers();
        var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < HeartbeatAge);
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy($"{alive} scheduler server(s) running.")
            : HealthCheckResult.Degraded("No scheduler server has reported in the last two minutes; timers, reminders and emails wait until one runs."));
    }
}
