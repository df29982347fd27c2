using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>A phase of a flow (prepare, explore, ideate …), declared in the order the lab passes through them.</summary>
public sealed record PhaseDefinition(string Id, LocalizedText Name)
{
    /// <summary>
    /// The phase's colour in the designer and on phase bands, <c>#rrggbb</c>; <c>null</c> takes the designer's palette.
    /// The colour only repeats the phase's name, which is always shown as text.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }
}
