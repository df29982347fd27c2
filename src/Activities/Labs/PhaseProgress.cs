using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Labs;

/// <summary>Where a lab stands in one of its flow's phases.</summary>
public sealed record PhaseProgress(string PhaseId, LocalizedText Name, PhaseState State);
