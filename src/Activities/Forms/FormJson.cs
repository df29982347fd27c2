using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Forms;

/// <summary>Reads typed values from form JSON (descriptions of values come from the core's <c>JsonPaths</c>).</summary>
internal static class FormJson
{
    public static bool TryGetString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = string.Empty;
        return false;
    }

    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value);
    }
}
