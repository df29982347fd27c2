using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// One activity in a flow. Activities are data: <see cref="Inputs"/> holds each input's value as written
/// in the file (a JSON literal, <c>{ "js": "…" }</c> or <c>{ "liquid": "…" }</c>); the activity type's
/// handler interprets them when the activity runs.
/// </summary>
public sealed record ActivityNode
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Phase { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Inputs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DesignerPosition? Designer { get; init; }
}
