using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>Builds the JSON paths and value descriptions validation messages show.</summary>
public static partial class JsonPaths
{
    private const int MaxShownLength = 60;

    private static readonly JsonSerializerOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Property(string parent, string name) =>
        Identifier().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>A value as it would be written in the file, shortened when long.</summary>
    public static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString(ShowOptions) ?? "null";
        return text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "…");
    }

    /// <summary>"a string (\"x\")", "a number (5)", "an object" … for "expected … but found …" messages.</summary>
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

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
