using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Shared;

/// <summary>A lab's title and its flow's phase names by phase id.</summary>
/// <param name="Kind">What the lab's flow runs (a lab, a conference …); its noun comes from <c>KindTexts</c>.</param>
internal sealed record LabName(string Title, IReadOnlyDictionary<string, LocalizedText> Phases, FlowKind Kind = FlowKinds.Default)
{
    /// <summary>The phase's name in the page's language, or its id when the flow does not name it.</summary>
    public string Phase(string? phaseId) =>
        phaseId is null ? "" : Phases.TryGetValue(phaseId, out var name) ? name.Get() : phaseId;
}
