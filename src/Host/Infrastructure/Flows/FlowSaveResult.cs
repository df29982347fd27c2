using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>
/// A draft saved (<see cref="Draft"/>, with the <see cref="Issues"/> that still stop it from being published) or
/// refused (<see cref="Refusal"/> says why, <see cref="Issues"/> what to fix).
/// </summary>
internal sealed record FlowSaveResult(WorkflowDefinition? Draft, IReadOnlyList<FlowIssue> Issues, FlowRefusal Refusal = FlowRefusal.None)
{
    public bool Saved => Draft is not null;

    public static FlowSaveResult Refused(IReadOnlyList<FlowIssue> issues, FlowRefusal refusal = FlowRefusal.Invalid) => new(null, issues, refusal);
}
