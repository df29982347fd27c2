using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// Decides whether a structured editor can show a value exactly as it is. A value it cannot show (an unknown key, a
/// person written by id, an expression where a list is expected) stays in the JSON editor, so opening the panel and
/// saving never changes or loses anything. The editors change values in place on a copy and keep every key they do
/// not edit, which is what makes "open, save, equal JSON" hold.
/// </summary>
internal static partial class StructuredValues
{
    private static readonly string[] EscalationKeys = ["overdueDays", "notify", "reassignTo"];
    private static readonly string[] ActionKeys = ["name", "label"];
    private static readonly string[] AgendaKeys = ["title", "minutes", "method", "methodId", "notes"];
    private static readonly string[] OptionKeys = ["value", "label"];
    private static readonly string[] CaseKeys = ["name", "condition"];
    private static readonly string[] FieldCommonKeys = ["key", "type", "label", "help", "required", "personal", FormPrefill.InitialKey];
    private static readonly string[] PresetKeys = ["key", "preset", "required", "label", "help", "personal", FormPrefill.InitialKey];

    /// <summary>The keys each form field type takes beyond the common ones (as the form parser reads them).</summary>
    public static IReadOnlyDictionary<string, string[]> FieldExtraKeys { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(FormFieldType.Text)] = ["maxLength"],
        [nameof(FormFieldType.LongText)] = ["maxLength"],
        [nameof(FormFieldType.Number)] = ["min", "max"],
        [nameof(FormFieldType.Date)] = [],
        [nameof(FormFieldType.Choice)] = ["options"],
        [nameof(FormFieldType.MultiChoice)] = ["options", "minSelected", "maxSelected"],
        [nameof(FormFieldType.Checklist)] = ["items"],
        [nameof(FormFieldType.Rating)] = [],
        [nameof(FormFieldType.Person)] = ["role"],
        [nameof(FormFieldType.Link)] = [],
        [nameof(FormFieldType.Group)] = ["fields", "minRows", "maxRows"],
        [nameof(FormFieldType.File)] = [],
    };

    /// <summary>Whether the editor of <paramref name="kind"/> shows <paramref name="value"/> without losing anything.</summary>
    public static bool CanShow(InputEditorKind kind, JsonNode? value) => value is null || kind switch
    {
        InputEditorKind.Assignee => IsAssignee(value),
        InputEditorKind.AssigneeList => value is JsonArray list && list.All(IsAssignee),
        InputEditorKind.RoleList => value is JsonArray roles && roles.All(r => IsRole(r, allowNull: false)),
        InputEditorKind.Tags => value is JsonArray tags && tags.All(t => InputEditors.AsString(t) is { } tag && LabFlow.Activities.Reports.StepTags.Names.Contains(tag)),
        InputEditorKind.Readers => value is JsonArray readers && readers.All(r => InputEditors.AsString(r) == StepReaders.DoersKeyword || IsRole(r, allowNull: false)),
        InputEditorKind.RelativeDate => RelativeDate.TryParse(value, out _) || IsIsoDate(value),
        InputEditorKind.Reminders => value is JsonArray days && days.All(d => IsWholeNumber(d, out var n) && n >= 0),
        InputEditorKind.Escalation => value is JsonObject escalation && OnlyKeys(escalation, EscalationKeys)
            && (escalation["overdueDays"] is null || IsWholeNumber(escalation["overdueDays"], out _))
            && IsRole(escalation["notify"], allowNull: true) && IsRole(escalation["reassignTo"], allowNull: true),
        InputEditorKind.Actions => value is JsonArray actions && actions.All(a =>
            a is JsonObject action && OnlyKeys(action, ActionKeys) && InputEditors.AsString(action["name"]) is not null && IsText(action["label"])),
        InputEditorKind.Agenda => value is JsonArray agenda && agenda.All(i =>
            i is JsonObject item && OnlyKeys(item, AgendaKeys) && IsText(item["title"]) && IsText(item["method"]) && IsText(item["notes"])
            && (item["methodId"] is null || InputEditors.AsString(item["methodId"]) is not null)
            && (item["minutes"] is null || IsWholeNumber(item["minutes"], out _))),
        InputEditorKind.Expression => ScriptOf(value) is not null,
        InputEditorKind.Form => IsForm(value),
        InputEditorKind.Cases => value is JsonArray cases && cases.All(c =>
            c is JsonObject item && OnlyKeys(item, CaseKeys) && InputEditors.AsString(item["name"]) is not null
            && (item["condition"] is null || ScriptOf(item["condition"]) is not null)),
        InputEditorKind.Template => TemplateOf(value) is not null,
        _ => false,
    };

    /// <summary>The script of a <c>{ "js": "…" }</c> value, or <c>null</c>.</summary>
    public static string? ScriptOf(JsonNode? value) =>
        value is JsonObject { Count: 1 } o && o.ContainsKey("js") ? InputEditors.AsString(o["js"]) : null;

    /// <summary>The template of a <c>{ "liquid": "…" }</c> value, or <c>null</c>.</summary>
    public static string? TemplateOf(JsonNode? value) =>
        value is JsonObject { Count: 1 } o && o.ContainsKey("liquid") ? InputEditors.AsString(o["liquid"]) : null;

    /// <summary>The launch input an assignee <c>{ "js": "inputs.x" }</c> names, or <c>null</c>.</summary>
    public static string? LaunchInputOf(JsonNode? value) =>
        ScriptOf(value) is { } script && LaunchInput().Match(script) is { Success: true } match ? match.Groups[1].Value : null;

    public static JsonObject LaunchInputAssignee(string input) => new() { ["js"] = $"inputs.{input}" };

    public static bool IsWholeNumber(JsonNode? value, out int number)
    {
        number = 0;
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out number);
    }

    public static int? AsInt(JsonNode? value) => IsWholeNumber(value, out var n) ? n : null;

    /// <summary>A whole number from what was typed, or <c>null</c> for nothing or something else.</summary>
    public static int? ParseInt(string? text) =>
        int.TryParse(InputEditors.Trimmed(text), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A copy of <paramref name="value"/> as an object (a new one when it is none).</summary>
    public static JsonObject CopyObject(JsonNode? value) => value is JsonObject o ? o.DeepClone().AsObject() : [];

    /// <summary>A copy of <paramref name="value"/> as an array (a new one when it is none).</summary>
    public static JsonArray CopyArray(JsonNode? value) => value is JsonArray a ? a.DeepClone().AsArray() : [];

    /// <summary>Sets or (for <c>null</c>) removes one property, keeping the others where they are.</summary>
    public static JsonObject With(this JsonObject target, string name, JsonNode? value)
    {
        if (value is null)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value;
        }

        return target;
    }

    /// <summary>Moves the item at <paramref name="from"/> to <paramref name="to"/> in a copy of the list.</summary>
    public static JsonArray Moved(JsonArray list, int from, int to)
    {
        var copy = list.DeepClone().AsArray();
        if (from < 0 || from >= copy.Count || to < 0 || to >= copy.Count || from == to)
        {
            return copy;
        }

        var item = copy[from];
        copy.RemoveAt(from);
        copy.Insert(to, item);
        return copy;
    }

    /// <summary>Moves the item at <paramref name="from"/> to <paramref name="to"/> (clamped to the list) in a copy of the list.</summary>
    public static IReadOnlyList<T> Moved<T>(IReadOnlyList<T> items, int from, int to)
    {
        var copy = items.ToList();
        var item = copy[from];
        copy.RemoveAt(from);
        copy.Insert(Math.Clamp(to, 0, copy.Count), item);
        return copy;
    }

    /// <summary>A copy of the list with the item at <paramref name="index"/> replaced (or removed, for <c>null</c>).</summary>
    public static JsonArray Replaced(JsonArray list, int index, JsonNode? item)
    {
        var copy = list.DeepClone().AsArray();
        copy.RemoveAt(index);
        if (item is not null)
        {
            copy.Insert(index, item.DeepClone());
        }

        return copy;
    }

    private static bool IsAssignee(JsonNode? value) => value switch
    {
        JsonObject o when o.ContainsKey("role") => OnlyKeys(o, ["role", "each"]) && IsRole(o["role"], allowNull: false)
            && (o["each"] is null || o["each"]!.GetValueKind() is JsonValueKind.True or JsonValueKind.False),
        JsonObject => LaunchInputOf(value) is not null,
        _ => false,
    };

    private static bool IsRole(JsonNode? value, bool allowNull) =>
        value is null ? allowNull : Roles.TryParse(InputEditors.AsString(value), out _);

    private static bool IsText(JsonNode? value) => value switch
    {
        null => true,
        JsonObject o => o.Count > 0 && o.All(p => p.Key is "sv" or "en" && p.Value?.GetValueKind() == JsonValueKind.String),
        _ => value.GetValueKind() == JsonValueKind.String,
    };

    private static bool IsIsoDate(JsonNode? value) =>
        InputEditors.AsString(value) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool OnlyKeys(JsonObject o, string[] keys) => o.All(p => keys.Contains(p.Key, StringComparer.Ordinal));

    private static bool IsForm(JsonNode? value) =>
        value is JsonArray fields && fields.All(IsField) && FormDefinitionParser.Parse(value).Errors.Count == 0;

    private static bool IsField(JsonNode? node)
    {
        if (node is not JsonObject field || InputEditors.AsString(field["key"]) is null || !IsText(field["label"]) || !IsText(field["help"])
            || (field["required"] is { } required && required.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            || (field["personal"] is { } personal && personal.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            return false;
        }

        if (field.ContainsKey("preset"))
        {
            return OnlyKeys(field, PresetKeys) && FormPresets.Names.Contains(InputEditors.AsString(field["preset"]));
        }

        if (InputEditors.AsString(field["type"]) is not { } type || !FieldExtraKeys.TryGetValue(type, out var extra)
            || !OnlyKeys(field, [.. FieldCommonKeys, .. extra]))
        {
            return false;
        }

        return IsOptions(field["options"]) && IsOptions(field["items"]) && IsRole(field["role"], allowNull: true)
            && (field["fields"] is null || (field["fields"] is JsonArray columns && columns.All(IsField)));
    }

    private static bool IsOptions(JsonNode? value) => value is null || (value is JsonArray options && options.All(o =>
        o is JsonObject option && OnlyKeys(option, OptionKeys) && InputEditors.AsString(option["value"]) is not null && IsText(option["label"])));

    [GeneratedRegex(@"^\s*inputs\.([A-Za-z_][A-Za-z0-9_]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LaunchInput();
}
