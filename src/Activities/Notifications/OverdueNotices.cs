using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Tells the doers of an open task that it is overdue, once per due date, from 08:00 Stockholm on the day it is
/// <see cref="NotificationRules.OverdueNoticeDays"/> days overdue. A moved due date gets its own notice.
/// </summary>
public sealed class OverdueNotices(
    ILabStore labs,
    ITaskStore tasks,
    IWorkflowInstanceStore instances,
    IDirectory directory,
    IEmailOutbox outbox,
    LabCalendar calendar,
    NotificationRules rules)
{
    /// <summary>Sends what is due at <paramref name="now"/>; returns how many emails were added.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(now);
        var sent = 0;
        await foreach (var (lab, task) in LabScan.OpenTasksAsync(labs, tasks, instances, cancellationToken))
        {
            if (task.Due is not { } due || calendar.MorningOf(due.AddDays(rules.OverdueNoticeDays)) > now)
            {
                continue;
            }

            var requests = TaskEmails.Requests(
                NotificationIds.For(NotificationKind.Overdue, task.Id, TaskEmails.Date(due)),
                EmailTemplates.TaskOverdue,
                task,
                lab,
                await TaskEmails.DoersAsync(directory, task, cancellationToken),
                (model, _) => model["daysOverdue"] = today.DayNumber - due.DayNumber);
            sent += await TaskEmails.EnqueueAsync(outbox, requests, cancellationToken);
        }

        return sent;
    }
}
