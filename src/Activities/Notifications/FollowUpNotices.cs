using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Tells the doers of a task that its <see cref="LabTask.FollowUp"/> date has come (from 08:00 Stockholm that day),
/// once per follow-up date: also for a completed task and a finished lab, never for a task that was closed or skipped,
/// nor for a paused or cancelled lab.
/// </summary>
public sealed class FollowUpNotices(
    ILabStore labs,
    ITaskStore tasks,
    IWorkflowInstanceStore instances,
    IDirectory directory,
    IEmailOutbox outbox,
    LabCalendar calendar)
{
    /// <summary>Sends what is due at <paramref name="now"/>; returns how many emails were added.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        await foreach (var (lab, _, task) in LabScan.FollowUpTasksAsync(labs, tasks, instances, cancellationToken))
        {
            if (task.FollowUp is not { } followUp
                || calendar.MorningOf(followUp) > now
                || task.Status is LabTaskStatus.Closed or LabTaskStatus.Skipped)
            {
                continue;
            }

            // A done task's due date is history: without it the email carries no calendar file that would move the
            // task's old deadline event to the follow-up.
            var subject = task.IsOpen ? task : task with { Due = null };
            var requests = TaskEmails.Requests(
                NotificationIds.For(NotificationKind.FollowUpDue, task.Id, TaskEmails.Date(followUp)),
                EmailTemplates.FollowUpDue,
                subject,
                lab,
                await TaskEmails.DoersAsync(directory, task, cancellationToken));
            sent += await TaskEmails.EnqueueAsync(outbox, requests, cancellationToken);
        }

        return sent;
    }
}
