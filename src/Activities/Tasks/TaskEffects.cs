using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// How a burst's effects change a stored task, written once for every store. An effect applies only while the task is
/// open: one that lost a race (the task was completed, skipped or closed first) changes nothing rather than failing
/// the burst, because the winner already moved the step on.
/// </summary>
public static class TaskEffects
{
    /// <summary>The task after <paramref name="effect"/>; <c>null</c> when the task is no longer open or the effect does not concern it.</summary>
    /// <param name="committedAt">When the burst committed: the time a task closes with its step's bookmark.</param>
    public static LabTask? ApplyTo(LabTask task, IWorkflowEffect effect, DateTimeOffset committedAt) =>
        !task.IsOpen
            ? null
            : effect switch
            {
                TaskCompleted completed when completed.TaskId == task.Id => task.Complete(completed.Actor, completed.Outcome, completed.Answers, completed.At),
                TaskSkipped skipped when skipped.TaskId == task.Id => task.Skip(skipped.Actor, skipped.Reason, skipped.At),
                TaskNotNeeded notNeeded when notNeeded.TaskId == task.Id => task.CloseAsNotNeeded(notNeeded.Actor, notNeeded.Reason, notNeeded.At),
                BookmarkClosed closed when closed.BookmarkId == task.BookmarkId => task.Close(closed.Reason, committedAt),
                _ => null,
            };
}
