using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Components.Flows;

/// <summary>The version a publish or import made, or every error that stopped it.</summary>
internal sealed record FlowPublishResult(StoredWorkflowDefinition? Published, IReadOnlyList<FlowIssue> Issues);
