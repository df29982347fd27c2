using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>Tells the doers of a task when its follow-up date has come, once per date.</summary>
internal sealed class FollowUpNoticesJob(FollowUpNotices notices, TimeProvider timeProvider, IOptions<NotificationOptions> options) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:follow-up-notices";

    public string Id => JobId;

    public string Cron => options.Value.IntervalCron;

    public Task RunAsync(CancellationToken cancellationToken) => notices.SendDueAsync(timeProvider.GetUtcNow(), cancellationToken);
}
