using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>The version a publish or import made, or why not (<see cref="Refusal"/>) with every error that stopped it.</summary>
internal sealed record FlowPublishResult(StoredWorkflowDefinition? Published, IReadOnlyList<FlowIssue> Issues, FlowRefusal Refusal = FlowRefusal.None);
