using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Sends the reminders that are due (08:00 Stockholm on each offset's day, computed from the task's row), to the
/// doers, the people kept informed and the stand-ins of doers away that day, and records them on the task. Nothing for a paused or cancelled lab or a closed
/// task; a moved due date moved the reminders with it.
/// </summary>
public sealed partial class TaskReminders(
    TaskService tasks,
    ILabStore labs,
    IWorkflowInstanceStore instances,
    IDirectory directory,
    IEmailOutbox outbox,
    LabCalendar calendar,
    StandInRule standIns,
    ILogger<TaskReminders> logger)
{
    /// <summary>Sends what is due at <paramref name="now"/>; returns how many emails were added.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var states = new LabStates(labs, instances);
        var today = calendar.DateOf(now);
        var sent = 0;
        foreach (var (task, at) in await tasks.ListRemindersDueAsync(now, cancellationToken))
        {
            var (lab, state) = await states.GetAsync(task.LabId, cancellationToken);
            if (state is LabNotificationState.Paused or LabNotificationState.Cancelled)
            {
                continue;
            }

            // A reminder whose due date has passed (the job was stopped for days) says nothing useful any more.
            if (task.Due is { } due && due >= today)
            {
                var people = (await TaskEmails.DoersAsync(directory, task, cancellationToken))
                    .Concat(await directory.ListPeopleAsync([.. task.Informed, .. await standIns.ReminderStandInsAsync(task, today, cancellationToken)], cancellationToken));
                var requests = TaskEmails.Requests(
                    NotificationIds.For(NotificationKind.Reminder, task.Id, at.UtcDateTime.ToString("O")),
                    EmailTemplates.TaskReminder,
                    task,
                    lab,
                    people,
                    (model, _) => model["daysLeft"] = due.DayNumber - today.DayNumber);
                sent += await TaskEmails.EnqueueAsync(outbox, requests, cancellationToken);
            }

            try
            {
                await tasks.MarkRemindersSentAsync(task.Id, at, cancellationToken);
            }
            catch (LabDomainException exception)
            {
                // Changed at the same moment: the next run finds the reminder again, and its email row is already there.
                LogNotMarked(logger, task.Id, exception.Code);
            }
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the reminder of task {TaskId} as sent ({ErrorCode}); the next run tries again")]
    private static partial void LogNotMarked(ILogger logger, Guid taskId, string errorCode);
}
