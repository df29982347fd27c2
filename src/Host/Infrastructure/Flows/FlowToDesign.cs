using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>The document the designer opens: the draft when there is one, else the newest published version.</summary>
internal sealed record FlowToDesign(WorkflowDefinition Definition, bool IsDraft, int? LatestVersion);
