using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Shared;

/// <summary>A lab's title and its flow's phase names by phase id.</summary>
internal sealed record LabName(string Title, IReadOnlyDictionary<string, LocalizedText> Phases)
{
    /// <summary>The phase's name in the page's language, or its id when the flow does not name it.</summary>
    public string Phase(string? phaseId) =>
        phaseId is null ? "" : Phases.TryGetValue(phaseId, out var name) ? name.Get() : phaseId;
}
