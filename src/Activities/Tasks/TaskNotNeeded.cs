using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// A task of an "each participant" step closed as not needed: the step's quorum was reached, or a facilitator closed
/// the step. The task's status is <see cref="LabTaskStatus.Closed"/> with a <see cref="TaskHistoryKind.NotNeeded"/> entry.
/// </summary>
public sealed record TaskNotNeeded(Guid Id, Guid TaskId, string Actor, string Reason, DateTimeOffset At) : IWorkflowEffect;
