using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// A task of an "each participant" step closed as not needed: the step's quorum was reached, or a facilitator closed
/// the step. The task's status is <see cref="LabTaskStatus.Closed"/> with a <see cref="TaskHistoryKind.NotNeeded"/> entry.
/// </summary>
public sealed record TaskNotNeeded(Guid Id, Guid TaskId, string Actor, string Reason, DateTimeOffset At) : IWorkflowEffect
{
    /// <summary>The task closed as not needed, when it is still open; <c>null</c> when there is nothing to change.</summary>
    public LabTask? ApplyTo(LabTask task) => task.IsOpen
        ? task.WithHistory(new TaskHistoryEntry(At, Actor, TaskHistoryKind.NotNeeded, Note: Reason)) with
        {
            Status = LabTaskStatus.Closed,
            ClosedAt = At,
        }
        : null;
}
