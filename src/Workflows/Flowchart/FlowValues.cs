using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Reading evaluated input values in the core handlers.</summary>
internal static class FlowValues
{
    public static bool TryGetBoolean(JsonNode? value, out bool result)
    {
        result = false;
        return value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False && v.TryGetValue(out result);
    }

    public static string? GetString(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The value as a person would read it in a message.</summary>
    public static string Describe(JsonNode? value) => value?.ToJsonString() ?? "null";
}
