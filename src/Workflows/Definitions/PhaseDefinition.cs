namespace LabFlow.Workflows.Definitions;

/// <summary>A phase of a flow (prepare, explore, ideate …), declared in the order the lab passes through them.</summary>
public sealed record PhaseDefinition(string Id, LocalizedText Name);
