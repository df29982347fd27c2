using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>A facilitator skipped a task's step; <paramref name="Reason"/> says why.</summary>
public sealed record TaskSkipped(Guid Id, Guid TaskId, string Actor, string Reason, DateTimeOffset At) : IWorkflowEffect;
