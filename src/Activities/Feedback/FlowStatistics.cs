namespace LabFlow.Activities.Feedback;

/// <summary>The step statistics of one flow, for one version or (when <see cref="Version"/> is <c>null</c>) all of them.</summary>
/// <param name="Versions">The versions that counted labs ran, for choosing one.</param>
/// <param name="Labs">How many labs were counted (cancelled labs are not).</param>
public sealed record FlowStatistics(string DefinitionId, int? Version, IReadOnlyList<int> Versions, int Labs, IReadOnlyList<StepStatistics> Steps);
