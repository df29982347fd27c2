using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>Tells assignees about tasks overdue by <see cref="NotificationOptions.OverdueNoticeDays"/>, once per due date.</summary>
internal sealed class OverdueNoticesJob(OverdueNotices notices, TimeProvider timeProvider, IOptions<NotificationOptions> options) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:overdue-notices";

    public string Id => JobId;

    public string Cron => options.Value.IntervalCron;

    public Task RunAsync(CancellationToken cancellationToken) => notices.SendDueAsync(timeProvider.GetUtcNow(), cancellationToken);
}
