using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// A flow: phases, declared inputs and variables, activities and the connections between them.
/// <see cref="Id"/> and <see cref="Version"/> identify it; a published version is never changed.
/// </summary>
public sealed record WorkflowDefinition
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required string Id { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>What the flow's runs are (a lab, a conference …); pages and emails name a run by it.</summary>
    public FlowKind Kind { get; init; } = FlowKinds.Default;

    public required LocalizedText Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Description { get; init; }

    public IReadOnlyList<PhaseDefinition> Phases { get; init; } = [];

    public IReadOnlyList<ParameterDefinition> Inputs { get; init; } = [];

    public IReadOnlyList<ParameterDefinition> Variables { get; init; } = [];

    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];

    public IReadOnlyList<ConnectionDefinition> Connections { get; init; } = [];

    /// <summary>The activity with <paramref name="activityId"/>, or <c>null</c>.</summary>
    public ActivityNode? FindActivity(string activityId) =>
        Activities.FirstOrDefault(a => string.Equals(a.Id, activityId, StringComparison.Ordinal));
}
