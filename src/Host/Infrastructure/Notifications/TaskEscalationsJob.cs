using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>Escalates overdue tasks to the facilitators (and reassigns them when their step says so), once per escalation date.</summary>
internal sealed class TaskEscalationsJob(TaskEscalations escalations, TimeProvider timeProvider, IOptions<NotificationOptions> options) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:task-escalations";

    public string Id => JobId;

    public string Cron => options.Value.IntervalCron;

    public Task RunAsync(CancellationToken cancellationToken) => escalations.EscalateDueAsync(timeProvider.GetUtcNow(), cancellationToken);
}
