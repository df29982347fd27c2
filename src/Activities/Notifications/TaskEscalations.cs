using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Escalates open tasks whose <see cref="LabTask.Escalation"/> moment has come (08:00 Stockholm, overdue by its days):
/// reassigns the task when the step says to whom (once, with history), then tells the people in the escalation's role
/// (the facilitators by default), once per escalation date. A moved due date moved the escalation with it.
/// </summary>
public sealed partial class TaskEscalations(
    ILabStore labs,
    ITaskStore tasks,
    IWorkflowInstanceStore instances,
    TaskService taskService,
    AssigneeResolver resolver,
    IDirectory directory,
    IEmailOutbox outbox,
    LabCalendar calendar,
    ILogger<TaskEscalations> logger)
{
    /// <summary>Escalates what is due at <paramref name="now"/>; returns how many emails were added.</summary>
    public async Task<int> EscalateDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(now);
        var sent = 0;
        await foreach (var (lab, open) in LabScan.OpenTasksAsync(labs, tasks, instances, cancellationToken))
        {
            if (open.Escalation is not { } escalation || escalation.At > now || open.Due is not { } due)
            {
                continue;
            }

            var task = open;
            var earlier = Escalated(task, escalation);
            if (earlier is null && escalation.ReassignTo is { } target)
            {
                var to = await ResolveTargetAsync(target, lab, cancellationToken);
                if (to.Count == 0)
                {
                    LogNobodyToReassignTo(logger, task.Id);
                }
                else if (!(task.AssigneeId is { } current && to.Contains(current)))
                {
                    try
                    {
                        task = await taskService.EscalateAsync(task.Id, to, $"Overdue by {escalation.OverdueDays} days: escalated.", cancellationToken);
                        earlier = Escalated(task, escalation);
                    }
                    catch (LabDomainException exception)
                    {
                        // Changed (or completed) at the same moment: the next run looks at it afresh.
                        LogNotReassigned(logger, task.Id, exception.Code);
                        continue;
                    }
                }
            }

            var notify = await resolver.ResolveRoleAsync(escalation.Notify, lab, lab.AdministrationId, cancellationToken);
            if (notify.Count == 0)
            {
                LogNobodyToTell(logger, task.Id, escalation.Notify);
                continue;
            }

            // Named as it was when the escalation began, so a repeated run renders the same email.
            var assignee = earlier?.From ?? task.AssigneeId;
            IReadOnlyList<Guid> before = assignee is { } a ? [a] : open.Candidates;
            var assigneeName = string.Join(", ", (await directory.ListPeopleAsync(before, cancellationToken)).Select(p => p.Name));
            var reassignedTo = earlier is null ? [] : await TaskEmails.DoersAsync(directory, task, cancellationToken);
            var requests = TaskEmails.Requests(
                NotificationIds.For(NotificationKind.Escalation, task.Id, TaskEmails.Date(calendar.DateOf(escalation.At))),
                EmailTemplates.TaskEscalated,
                task with { Due = due },
                lab,
                notify,
                (model, _) =>
                {
                    model["assigneeName"] = assigneeName;
                    model["daysOverdue"] = today.DayNumber - due.DayNumber;
                    if (reassignedTo.Count > 0)
                    {
                        model["reassignedToName"] = string.Join(", ", reassignedTo.Select(p => p.Name));
                    }
                });
            sent += await TaskEmails.EnqueueAsync(outbox, requests, cancellationToken);
        }

        return sent;
    }

    /// <summary>The history entry of this escalation's reassignment, when it happened.</summary>
    private static TaskHistoryEntry? Escalated(LabTask task, TaskEscalation escalation) =>
        task.History.LastOrDefault(h => h.Kind == TaskHistoryKind.Reassigned && h.Actor == WorkflowActors.System && h.At >= escalation.At);

    /// <summary>A role (resolved like an assignee: the lab's own people first), a person id, or an email address.</summary>
    private async Task<IReadOnlyList<Guid>> ResolveTargetAsync(string target, Lab lab, CancellationToken cancellationToken)
    {
        if (Roles.TryParse(target, out var role))
        {
            return [.. (await resolver.ResolveRoleAsync(role, lab, lab.AdministrationId, cancellationToken)).Select(p => p.Id)];
        }

        var person = Guid.TryParse(target, out var id)
            ? await directory.FindPersonAsync(id, cancellationToken)
            : await directory.FindPersonByEmailAsync(target, cancellationToken);
        return person is { Active: true } ? [person.Id] : [];
    }

    // The target may be an email address: not logged.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} is escalated, but its reassignTo names no active person; the task keeps its assignee")]
    private static partial void LogNobodyToReassignTo(ILogger logger, Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reassign escalated task {TaskId} ({ErrorCode}); the next run tries again")]
    private static partial void LogNotReassigned(ILogger logger, Guid taskId, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} is escalated, but nobody has role {Role} in its lab or administration to be told")]
    private static partial void LogNobodyToTell(ILogger logger, Guid taskId, Role role);
}
