using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// Reads a flow's <c>form</c> input (an array of fields, docs/lab-activities.md) into a <see cref="FormDefinition"/>,
/// expanding presets, and collects every definition error with its path relative to the form.
/// </summary>
public static partial class FormDefinitionParser
{
    /// <summary>The field types a flow may write (Section is made by presets only).</summary>
    public static IReadOnlyList<string> FieldTypeNames { get; } =
        [.. Enum.GetNames<FormFieldType>().Where(name => name != nameof(FormFieldType.Section))];

    private static readonly string[] CommonKeys = ["key", "type", "label", "help", "required", "personal", FormPrefill.InitialKey];

    private static readonly string[] PresetKeys = ["key", "preset", "required", "label", "help", "personal", FormPrefill.InitialKey];

    private static readonly Dictionary<FormFieldType, string[]> ExtraKeys = new()
    {
        [FormFieldType.Text] = ["maxLength"],
        [FormFieldType.LongText] = ["maxLength"],
        [FormFieldType.Number] = ["min", "max"],
        [FormFieldType.Date] = [],
        [FormFieldType.Choice] = ["options"],
        [FormFieldType.MultiChoice] = ["options", "minSelected", "maxSelected"],
        [FormFieldType.Checklist] = ["items"],
        [FormFieldType.Rating] = [],
        [FormFieldType.Person] = ["role"],
        [FormFieldType.Link] = [],
        [FormFieldType.File] = [],
        [FormFieldType.Group] = ["fields", "minRows", "maxRows"],
    };

    private static readonly string[] AllKeys =
        [.. CommonKeys, "preset", .. ExtraKeys.Values.SelectMany(keys => keys).Distinct()];

    /// <summary>Parses a form. <c>null</c> (no <c>form</c> input) is an empty form.</summary>
    public static FormParseResult Parse(JsonNode? formJson)
    {
        var errors = new List<FormDefinitionError>();
        if (formJson is null)
        {
            return new(FormDefinition.Empty, errors);
        }

        if (formJson is not JsonArray array)
        {
            errors.Add(new(string.Empty, ActivityRuleMessages.FormNotList.With(("found", JsonPaths.Show(formJson)))));
            return new(FormDefinition.Empty, errors);
        }

        var fields = ReadFields(array, string.Empty, errors);
        return new(new FormDefinition(fields), errors);
    }

    private static List<FormField> ReadFields(JsonArray array, string path, List<FormDefinitionError> errors)
    {
        var fields = new List<FormField>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var fieldPath = FormPath.Index(path, i);
            if (array[i] is JsonObject obj && FormJson.TryGetString(obj["key"], out var key) && key.Length > 0)
            {
                if (keys.TryGetValue(key, out var first))
                {
                    errors.Add(new($"{fieldPath}.key", ActivityRuleMessages.FormDuplicateKey.With(("key", key), ("first", FormPath.Index(path, first)))));
                    continue;
                }

                keys[key] = i;
            }

            if (ReadField(array[i], fieldPath, errors) is { } field)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    private static FormField? ReadField(JsonNode? node, string path, List<FormDefinitionError> errors)
    {
        if (node is not JsonObject obj)
        {
            errors.Add(new(path, ActivityRuleMessages.FormFieldNotObject.With(("found", JsonPaths.Show(node)))));
            return null;
        }

        var errorCount = errors.Count;
        var key = ReadKey(obj, path, errors);
        var required = ReadBool(obj, "required", path, errors);
        var label = ReadText(obj, "label", path, errors);
        var help = ReadText(obj, "help", path, errors);
        var personal = ReadBool(obj, "personal", path, errors);
        var initial = FormPrefill.ReadInitial(obj, path, errors);

        if (obj.ContainsKey("preset"))
        {
            var preset = ReadPreset(obj, path, key, required, label, help, errors, errorCount);
            return preset is null ? null : preset with { Personal = personal || preset.Personal, Initial = initial };
        }

        var type = ReadType(obj, path, errors);
        if (type is null)
        {
            CheckKeys(obj, path, null, errors);
            return null;
        }

        CheckKeys(obj, path, type.Value, errors);
        if (label is null && !obj.ContainsKey("label"))
        {
            errors.Add(new($"{path}.label", ActivityRuleMessages.FormNoLabel.Message));
        }

        var field = new FormField
        {
            Key = key ?? string.Empty,
            Type = type.Value,
            Label = label ?? LocalizedText.Of(key ?? string.Empty),
            Help = help,
            Required = required,
            Personal = personal,
            Initial = initial,
        };

        field = type.Value switch
        {
            FormFieldType.Text or FormFieldType.LongText => field with { MaxLength = ReadCount(obj, "maxLength", path, 1, errors) },
            FormFieldType.Number => ReadNumberBounds(obj, path, field, errors),
            FormFieldType.Choice => field with { Options = ReadOptions(obj, "options", path, "Choice", "option", errors) },
            FormFieldType.MultiChoice => ReadMultiChoice(obj, path, field, errors),
            FormFieldType.Checklist => field with { Items = ReadOptions(obj, "items", path, "Checklist", "item", errors) },
            FormFieldType.Person => field with { Role = ReadRole(obj, path, errors) },
            FormFieldType.Group => ReadGroup(obj, path, field, errors),
            _ => field,
        };

        return errors.Count == errorCount ? field : null;
    }

    private static FormField? ReadPreset(
        JsonObject obj, string path, string? key, bool required, LocalizedText? label, LocalizedText? help, List<FormDefinitionError> errors, int errorCount)
    {
        foreach (var (name, _) in obj)
        {
            if (name == "type")
            {
                errors.Add(new($"{path}.type", ActivityRuleMessages.FormTypeAndPreset.Message));
            }
            else if (!PresetKeys.Contains(name))
            {
                errors.Add(new(FormPath.Property(path, name), ActivityRuleMessages.FormPresetExtraKey.With(("name", name), ("allowed", string.Join(", ", PresetKeys)))));
            }
        }

        var presetPath = $"{path}.preset";
        if (!FormJson.TryGetString(obj["preset"], out var preset))
        {
            errors.Add(new(presetPath, ActivityRuleMessages.FormPresetNotName.With(("found", JsonPaths.Show(obj["preset"])), ("presets", string.Join(", ", FormPresets.Names)))));
            return null;
        }

        var field = FormPresets.Create(preset, key ?? string.Empty, required, label, help);
        if (field is null)
        {
            var presets = string.Join(", ", FormPresets.Names);
            errors.Add(new(presetPath, NameSuggestions.Nearest(preset, FormPresets.Names) is { } suggestion
                ? ActivityRuleMessages.FormUnknownPresetSuggested.With(("preset", preset), ("suggestion", suggestion), ("presets", presets))
                : ActivityRuleMessages.FormUnknownPreset.With(("preset", preset), ("presets", presets))));
            return null;
        }

        return errors.Count == errorCount ? field : null;
    }

    private static string? ReadKey(JsonObject obj, string path, List<FormDefinitionError> errors)
    {
        var keyPath = $"{path}.key";
        if (!obj.TryGetPropertyValue("key", out var node))
        {
            errors.Add(new(keyPath, ActivityRuleMessages.FormNoKey.Message));
            return null;
        }

        if (!FormJson.TryGetString(node, out var key))
        {
            errors.Add(new(keyPath, ActivityRuleMessages.FormNotString.With(("found", JsonPaths.Show(node)))));
            return null;
        }

        if (!KeyPattern().IsMatch(key))
        {
            errors.Add(new(keyPath, ActivityRuleMessages.FormKeyInvalid.With(("key", key))));
            return null;
        }

        return key;
    }

    private static FormFieldType? ReadType(JsonObject obj, string path, List<FormDefinitionError> errors)
    {
        var typePath = $"{path}.type";
        var choices = string.Join(", ", FieldTypeNames);
        if (!obj.TryGetPropertyValue("type", out var node))
        {
            errors.Add(new(typePath, ActivityRuleMessages.FormNoType.With(("types", choices))));
            return null;
        }

        if (!FormJson.TryGetString(node, out var name))
        {
            errors.Add(new(typePath, ActivityRuleMessages.FormTypeNotName.With(("found", JsonPaths.Show(node)), ("types", choices))));
            return null;
        }

        if (!FieldTypeNames.Contains(name, StringComparer.Ordinal))
        {
            errors.Add(new(typePath, NameSuggestions.Nearest(name, FieldTypeNames) is { } suggestion
                ? ActivityRuleMessages.FormUnknownTypeSuggested.With(("type", name), ("suggestion", suggestion), ("types", choices))
                : ActivityRuleMessages.FormUnknownType.With(("type", name), ("types", choices))));
            return null;
        }

        return Enum.Parse<FormFieldType>(name);
    }

    private static void CheckKeys(JsonObject obj, string path, FormFieldType? type, List<FormDefinitionError> errors)
    {
        foreach (var (name, _) in obj)
        {
            if (CommonKeys.Contains(name) || (type is { } t && ExtraKeys[t].Contains(name)) || (type is null && AllKeys.Contains(name)))
            {
                continue;
            }

            var keyPath = FormPath.Property(path, name);
            if (AllKeys.Contains(name))
            {
                errors.Add(new(keyPath, ActivityRuleMessages.FormKeyNotApplicable.With(("name", name), ("type", type))));
                continue;
            }

            var allowed = type is { } known ? [.. CommonKeys, .. ExtraKeys[known]] : AllKeys;
            errors.Add(new(keyPath, NameSuggestions.Nearest(name, allowed) is { } suggestion
                ? ActivityRuleMessages.FormUnknownKeySuggested.With(("name", name), ("suggestion", suggestion), ("allowed", string.Join(", ", allowed)))
                : ActivityRuleMessages.FormUnknownKey.With(("name", name), ("allowed", string.Join(", ", allowed)))));
        }
    }

    private static bool ReadBool(JsonObject obj, string name, string path, List<FormDefinitionError> errors)
    {
        if (!obj.TryGetPropertyValue(name, out var node))
        {
            return false;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        errors.Add(new(FormPath.Property(path, name), ActivityRuleMessages.FormNotBoolean.With(("found", JsonPaths.Show(node)))));
        return false;
    }

    private static LocalizedText? ReadText(JsonObject obj, string name, string path, List<FormDefinitionError> errors)
    {
        if (!obj.TryGetPropertyValue(name, out var node))
        {
            return null;
        }

        return ReadTextValue(node, FormPath.Property(path, name), errors);
    }

    private static LocalizedText? ReadTextValue(JsonNode? node, string path, List<FormDefinitionError> errors)
    {
        if (FormJson.TryGetString(node, out var text))
        {
            return LocalizedText.Of(text);
        }

        if (node is not JsonObject cultures)
        {
            errors.Add(new(path, ActivityRuleMessages.FormTextInvalid.With(("found", JsonPaths.Show(node)))));
            return null;
        }

        if (cultures.Count == 0)
        {
            errors.Add(new(path, ActivityRuleMessages.FormTextNoCultures.Message));
            return null;
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (var (culture, value) in cultures)
        {
            if (!FormJson.TryGetString(value, out var cultureText))
            {
                errors.Add(new(FormPath.Property(path, culture), ActivityRuleMessages.FormNotString.With(("found", JsonPaths.Show(value)))));
                continue;
            }

            entries.Add(new(culture, cultureText));
        }

        return entries.Count == cultures.Count ? LocalizedText.Of(entries) : null;
    }

    private static int? ReadCount(JsonObject obj, string name, string path, int minimum, List<FormDefinitionError> errors)
    {
        if (!obj.TryGetPropertyValue(name, out var node))
        {
            return null;
        }

        if (!FormJson.TryGetDecimal(node, out var value) || value != decimal.Truncate(value) || value < minimum || value > int.MaxValue)
        {
            errors.Add(new(FormPath.Property(path, name), ActivityRuleMessages.FormCountInvalid.With(("minimum", minimum), ("found", JsonPaths.Show(node)), ("example", Math.Max(minimum, 1)))));
            return null;
        }

        return (int)value;
    }

    private static FormField ReadNumberBounds(JsonObject obj, string path, FormField field, List<FormDefinitionError> errors)
    {
        decimal? Read(string name)
        {
            if (!obj.TryGetPropertyValue(name, out var node))
            {
                return null;
            }

            if (FormJson.TryGetDecimal(node, out var value))
            {
                return value;
            }

            errors.Add(new(FormPath.Property(path, name), ActivityRuleMessages.FormNumberInvalid.With(("found", JsonPaths.Show(node)))));
            return null;
        }

        var min = Read("min");
        var max = Read("max");
        if (min > max)
        {
            errors.Add(new($"{path}.max", RangeReversed("max", JsonPaths.Show(obj["max"]), "min", JsonPaths.Show(obj["min"]))));
        }

        return field with { Min = min, Max = max };
    }

    private static FormField ReadMultiChoice(JsonObject obj, string path, FormField field, List<FormDefinitionError> errors)
    {
        var options = ReadOptions(obj, "options", path, "MultiChoice", "option", errors);
        var minSelected = ReadCount(obj, "minSelected", path, 0, errors);
        var maxSelected = ReadCount(obj, "maxSelected", path, 1, errors);
        if (minSelected > maxSelected)
        {
            errors.Add(new($"{path}.maxSelected", RangeReversed("maxSelected", maxSelected, "minSelected", minSelected)));
        }
        else if (options.Count > 0 && minSelected > options.Count)
        {
            errors.Add(new($"{path}.minSelected", ActivityRuleMessages.FormMinSelectedTooMany.With(("minSelected", minSelected), ("count", options.Count))));
        }

        return field with { Options = options, MinSelected = minSelected, MaxSelected = maxSelected };
    }

    private static IReadOnlyList<FormOption> ReadOptions(JsonObject obj, string name, string path, string typeName, string noun, List<FormDefinitionError> errors)
    {
        var listPath = FormPath.Property(path, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is JsonArray { Count: 0 })
        {
            errors.Add(new(listPath, ActivityRuleMessages.FormOptionsMissing.With(("type", typeName), ("noun", noun), ("property", name))));
            return [];
        }

        if (node is not JsonArray array)
        {
            errors.Add(new(listPath, ActivityRuleMessages.FormOptionsNotList.With(("noun", noun), ("property", name), ("found", JsonPaths.Show(node)))));
            return [];
        }

        var options = new List<FormOption>();
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var optionPath = FormPath.Index(listPath, i);
            if (array[i] is not JsonObject option)
            {
                var shown = FormJson.TryGetString(array[i], out var plain) ? plain : "value";
                errors.Add(new(optionPath, ActivityRuleMessages.FormOptionNotObject.With(("noun", noun), ("found", JsonPaths.Show(array[i])), ("shown", shown))));
                continue;
            }

            foreach (var (optionKey, _) in option)
            {
                if (optionKey is not ("value" or "label"))
                {
                    errors.Add(new(FormPath.Property(optionPath, optionKey), ActivityRuleMessages.FormOptionUnknownKey.With(("name", optionKey), ("noun", noun))));
                }
            }

            if (!FormJson.TryGetString(option["value"], out var value) || value.Trim().Length == 0)
            {
                errors.Add(new($"{optionPath}.value", ActivityRuleMessages.FormOptionNoValue.With(("noun", noun))));
                continue;
            }

            if (values.TryGetValue(value, out var first))
            {
                errors.Add(new($"{optionPath}.value", ActivityRuleMessages.FormOptionDuplicateValue.With(("value", value), ("noun", noun), ("first", FormPath.Index(listPath, first)))));
                continue;
            }

            values[value] = i;
            var label = option.TryGetPropertyValue("label", out var labelNode)
                ? ReadTextValue(labelNode, $"{optionPath}.label", errors)
                : LocalizedText.Of(value);
            if (label is not null)
            {
                options.Add(new FormOption(value, label));
            }
        }

        return options;
    }

    private static string? ReadRole(JsonObject obj, string path, List<FormDefinitionError> errors)
    {
        if (!obj.TryGetPropertyValue("role", out var node))
        {
            return null;
        }

        var rolePath = $"{path}.role";
        var choices = string.Join(", ", Roles.Names);
        if (!FormJson.TryGetString(node, out var role))
        {
            errors.Add(new(rolePath, ActivityRuleMessages.FormRoleNotName.With(("found", JsonPaths.Show(node)), ("roles", choices))));
            return null;
        }

        if (!Roles.Names.Contains(role, StringComparer.Ordinal))
        {
            errors.Add(new(rolePath, LabInputRules.UnknownRole(role)));
            return null;
        }

        return role;
    }

    private static FormField ReadGroup(JsonObject obj, string path, FormField field, List<FormDefinitionError> errors)
    {
        var fieldsPath = $"{path}.fields";
        IReadOnlyList<FormField> rowFields = [];
        if (!obj.TryGetPropertyValue("fields", out var node) || node is JsonArray { Count: 0 })
        {
            errors.Add(new(fieldsPath, ActivityRuleMessages.FormGroupNoFields.Message));
        }
        else if (node is not JsonArray array)
        {
            errors.Add(new(fieldsPath, ActivityRuleMessages.FormGroupFieldsNotList.With(("found", JsonPaths.Show(node)))));
        }
        else
        {
            rowFields = ReadFields(array, fieldsPath, errors);
            FormPrefill.RefuseInRows(array, fieldsPath, errors);
        }

        var minRows = ReadCount(obj, "minRows", path, 0, errors);
        var maxRows = ReadCount(obj, "maxRows", path, 1, errors);
        if (minRows > maxRows)
        {
            errors.Add(new($"{path}.maxRows", RangeReversed("maxRows", maxRows, "minRows", minRows)));
        }

        return field with { Fields = rowFields, MinRows = minRows, MaxRows = maxRows };
    }

    private static CodedMessage RangeReversed(string upper, object? max, string lower, object? min) =>
        ActivityRuleMessages.FormRangeReversed.With(("upper", upper), ("max", max), ("lower", lower), ("min", min));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
