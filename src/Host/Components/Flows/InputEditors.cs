using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// Chooses the editor for an activity input from its descriptor (type and editor hint) and its current value, and
/// turns what was typed back into the JSON value. A value the simple editors cannot show as it is (an expression, an
/// object, a form) gets the JSON editor, so nothing is ever lost by opening the panel.
/// </summary>
internal static class InputEditors
{
    /// <summary>Editor hints with a structured editor; a value that editor cannot show falls back to JSON.</summary>
    private static readonly Dictionary<string, InputEditorKind> StructuredHints = new(StringComparer.Ordinal)
    {
        ["assignee"] = InputEditorKind.Assignee,
        ["assignees"] = InputEditorKind.AssigneeList,
        ["roles"] = InputEditorKind.RoleList,
        ["readers"] = InputEditorKind.Readers,
        ["relativeDate"] = InputEditorKind.RelativeDate,
        ["reminders"] = InputEditorKind.Reminders,
        ["escalation"] = InputEditorKind.Escalation,
        ["actions"] = InputEditorKind.Actions,
        ["agenda"] = InputEditorKind.Agenda,
        ["code"] = InputEditorKind.Expression,
        ["form"] = InputEditorKind.Form,
        ["cases"] = InputEditorKind.Cases,
        ["tags"] = InputEditorKind.Tags,
    };

    private const string ChoicePrefix = "choice:";

    public static InputEditorKind KindOf(ActivityInputDescriptor input, JsonNode? value)
    {
        if (StructuredHints.TryGetValue(input.Editor, out var structured) && StructuredValues.CanShow(structured, value))
        {
            return structured;
        }

        // A script anywhere (a computed assignee, a date from a formula) gets the expression editor, a text template the template editor.
        if (input.AllowsExpressions && StructuredValues.ScriptOf(value) is not null)
        {
            return InputEditorKind.Expression;
        }

        if (input.AllowsExpressions && StructuredValues.TemplateOf(value) is not null)
        {
            return InputEditorKind.Template;
        }

        if (StructuredHints.ContainsKey(input.Editor))
        {
            return InputEditorKind.Json;
        }

        if (IsExpression(value))
        {
            return InputEditorKind.Json;
        }

        if (ChoicesOf(input) is not null || input.Editor == "variable")
        {
            return IsStringOrNull(value) ? InputEditorKind.Choice : InputEditorKind.Json;
        }

        var multiline = input.Editor is "markdown" or "longtext";
        return input.Type switch
        {
            FlowValueType.Text when IsLocalizedText(value) => multiline ? InputEditorKind.LocalizedLongText : InputEditorKind.LocalizedText,
            FlowValueType.String or FlowValueType.Duration or FlowValueType.Date or FlowValueType.DateTime or FlowValueType.Administration
                when IsStringOrNull(value) => multiline ? InputEditorKind.LongText : InputEditorKind.Text,
            FlowValueType.Number when value is null || value.GetValueKind() == JsonValueKind.Number => InputEditorKind.Number,
            FlowValueType.Boolean when value is null || value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => InputEditorKind.Boolean,
            _ => InputEditorKind.Json,
        };
    }

    /// <summary>Whether the input's editor hint has a structured editor (and so an <i>Avancerat</i> switch to JSON).</summary>
    public static bool HasStructuredEditor(ActivityInputDescriptor input) => StructuredHints.ContainsKey(input.Editor);

    /// <summary>The fixed choices of a <c>choice:A,B</c> editor hint, or <c>null</c>.</summary>
    public static IReadOnlyList<string>? ChoicesOf(ActivityInputDescriptor input) =>
        input.Editor.StartsWith(ChoicePrefix, StringComparison.Ordinal)
            ? input.Editor[ChoicePrefix.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;

    public static string? AsString(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The Swedish and English parts of a text value (a plain string counts as the Swedish one).</summary>
    public static (string Swedish, string English) AsLocalized(JsonNode? value) => value switch
    {
        JsonObject o => (AsString(o["sv"]) ?? string.Empty, AsString(o["en"]) ?? string.Empty),
        _ => (AsString(value) ?? string.Empty, string.Empty),
    };

    /// <summary>
    /// A text value from its two parts: a plain string when only Swedish is given and the value was a plain string
    /// (or absent) before, otherwise one entry per culture; <c>null</c> when both are empty.
    /// </summary>
    public static JsonNode? FromLocalized(string? swedish, string? english, JsonNode? before)
    {
        swedish = Trimmed(swedish);
        english = Trimmed(english);
        if (swedish is null && english is null)
        {
            return null;
        }

        if (english is null && before is not JsonObject)
        {
            return JsonValue.Create(swedish);
        }

        var text = new JsonObject();
        if (swedish is not null)
        {
            text["sv"] = swedish;
        }

        if (english is not null)
        {
            text["en"] = english;
        }

        return text;
    }

    /// <summary>The activity's display name from its two parts, the same way as a text input.</summary>
    public static LocalizedText? NameFrom(string? swedish, string? english, LocalizedText? before)
    {
        swedish = Trimmed(swedish);
        english = Trimmed(english);
        if (swedish is null && english is null)
        {
            return null;
        }

        if (english is null && before?.Invariant is not null)
        {
            return LocalizedText.Of(swedish!);
        }

        var parts = new List<KeyValuePair<string, string>>();
        if (swedish is not null)
        {
            parts.Add(new("sv", swedish));
        }

        if (english is not null)
        {
            parts.Add(new("en", english));
        }

        return LocalizedText.Of(parts);
    }

    public static (string Swedish, string English) NameParts(LocalizedText? name) =>
        name is null ? (string.Empty, string.Empty)
        : name.Invariant is { } invariant ? (invariant, string.Empty)
        : (name.ByCulture.GetValueOrDefault("sv") ?? string.Empty, name.ByCulture.GetValueOrDefault("en") ?? string.Empty);

    public static string ToJsonText(JsonNode? value) =>
        value is null ? string.Empty : value.ToJsonString(WorkflowDefinitionSerializer.Options);

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsExpression(JsonNode? value) => value is JsonObject o && (o.ContainsKey("js") || o.ContainsKey("liquid"));

    private static bool IsStringOrNull(JsonNode? value) => value is null || value.GetValueKind() == JsonValueKind.String;

    private static bool IsLocalizedText(JsonNode? value) => value switch
    {
        null => true,
        JsonObject o => o.Count > 0 && o.All(p => p.Key is "sv" or "en" && p.Value?.GetValueKind() == JsonValueKind.String),
        _ => value.GetValueKind() == JsonValueKind.String,
    };
}
