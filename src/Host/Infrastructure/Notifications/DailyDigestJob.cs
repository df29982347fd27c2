using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>
/// Daily digests. Runs every hour on the hour: 08:00 in Stockholm is 06:00 or 07:00 UTC, so the first run at or after
/// 08:00 sends the day's digests, and later runs of the day find them sent.
/// </summary>
internal sealed class DailyDigestJob(DailyDigests digests, TimeProvider timeProvider) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:daily-digest";

    public string Id => JobId;

    public string Cron => "0 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => digests.SendDueAsync(timeProvider.GetUtcNow(), cancellationToken);
}
