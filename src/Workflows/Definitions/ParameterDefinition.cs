using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>A declared flow input (given when a lab starts) or flow variable (set while it runs).</summary>
public sealed record ParameterDefinition
{
    public required string Name { get; init; }

    public FlowValueType Type { get; init; } = FlowValueType.String;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Required { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? Default { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Label { get; init; }
}
