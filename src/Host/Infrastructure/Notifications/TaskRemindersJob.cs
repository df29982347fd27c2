using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>Sends the task reminders that are due; the tasks' rows say which, and which went out.</summary>
internal sealed class TaskRemindersJob(TaskReminders reminders, TimeProvider timeProvider, IOptions<NotificationOptions> options) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:task-reminders";

    public string Id => JobId;

    public string Cron => options.Value.IntervalCron;

    public Task RunAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(timeProvider.GetUtcNow(), cancellationToken);
}
