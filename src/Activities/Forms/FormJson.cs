using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Forms;

/// <summary>Describes JSON values in definition error messages, the way the flow loader does.</summary>
internal static class FormJson
{
    private const int MaxShownLength = 60;

    private static readonly JsonSerializerOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString(ShowOptions) ?? "null";
        return text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "…");
    }

    /// <summary>"a string (\"x\")", "a number (5)", "an object" … for "expected … but found …".</summary>
    public static string DescribeKind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => $"a string ({Show(value)})",
            JsonValueKind.Number => $"a number ({Show(value)})",
            JsonValueKind.True or JsonValueKind.False => $"a boolean ({Show(value)})",
            _ => "null",
        },
    };

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
