using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// The grammar of a form field's <c>initial</c> value (a field that starts from earlier answers): a reference to an
/// earlier step's answer or a lab value, <c>"tasks.&lt;step&gt;.&lt;key&gt;[.&lt;key&gt;…]"</c>, <c>"vars.&lt;name&gt;"</c>
/// or <c>"inputs.&lt;name&gt;"</c>, or a script <c>{ "js": "…" }</c> in the same scope as other expressions. This is the
/// one definition that the parser, the loader's rule (<c>FormPrefillRule</c>), the runtime (<c>TaskPrefill</c>) and the
/// designer read; <see cref="Fit"/> keeps of a value only what the field can hold.
/// </summary>
public static partial class FormPrefill
{
    /// <summary>The field property.</summary>
    public const string InitialKey = "initial";

    /// <summary>A reference's root for an earlier step's answers (or output).</summary>
    public const string TasksRoot = "tasks";

    /// <summary>A reference's root for a lab variable.</summary>
    public const string VarsRoot = "vars";

    /// <summary>A reference's root for a value given at launch.</summary>
    public const string InputsRoot = "inputs";

    private const string Shape = "a reference such as \"tasks.baseline.indicators\", \"vars.ranking\" or \"inputs.challenge\", or { \"js\": \"…\" }";

    /// <summary>Reads and shape-checks a field's <c>initial</c>; the references themselves are checked against the flow by the loader.</summary>
    internal static JsonNode? ReadInitial(JsonObject field, string path, List<FormDefinitionError> errors)
    {
        if (!field.TryGetPropertyValue(InitialKey, out var node))
        {
            return null;
        }

        var initialPath = FormPath.Property(path, InitialKey);
        if (FormJson.TryGetString(node, out var reference))
        {
            if (TryParseReference(reference, out _, out _))
            {
                return node!.DeepClone();
            }

            errors.Add(new(initialPath, $"'{reference}' is not a reference; write {Shape}."));
            return null;
        }

        if (ExpressionValue.TryGetExpression(node, out var kind, out _) && kind == ExpressionKind.Script)
        {
            return node!.DeepClone();
        }

        errors.Add(new(initialPath, $"expected {Shape} but found {JsonPaths.DescribeKind(node)}."));
        return null;
    }

    /// <summary>A table's columns start from the table's own <c>initial</c> (rows), never one by one.</summary>
    internal static void RefuseInRows(JsonArray rowFields, string fieldsPath, List<FormDefinitionError> errors)
    {
        for (var i = 0; i < rowFields.Count; i++)
        {
            if (rowFields[i] is JsonObject column && column.ContainsKey(InitialKey))
            {
                errors.Add(new(FormPath.Property(FormPath.Index(fieldsPath, i), InitialKey),
                    "a column of a table cannot have its own initial value; give the table an \"initial\" that returns its rows instead."));
            }
        }
    }

    /// <summary>Splits <c>"tasks.baseline.indicators"</c> into its root (<c>tasks</c>) and the names after it.</summary>
    public static bool TryParseReference(string reference, out string root, out IReadOnlyList<string> names)
    {
        root = string.Empty;
        names = [];
        if (!ReferencePattern().IsMatch(reference))
        {
            return false;
        }

        var parts = reference.Split('.');
        if (parts[0] is not (TasksRoot or VarsRoot or InputsRoot))
        {
            return false;
        }

        var minimum = parts[0] == TasksRoot ? 3 : 2;
        if (parts.Length < minimum || (parts[0] != TasksRoot && parts.Length != 2))
        {
            return false;
        }

        root = parts[0];
        names = parts[1..];
        return true;
    }

    /// <summary>The steps an <c>initial</c> reads (<c>tasks.&lt;id&gt;</c> in a reference or a script).</summary>
    public static IReadOnlyList<string> StepIds(JsonNode? initial)
    {
        if (FormJson.TryGetString(initial, out var reference))
        {
            return TryParseReference(reference, out var root, out var names) && root == TasksRoot ? [names[0]] : [];
        }

        return ExpressionValue.TryGetExpression(initial, out _, out var code)
            ? [.. ScriptStepPattern().Matches(code).Select(m => m.Groups["dot"].Success ? m.Groups["dot"].Value : m.Groups["index"].Value).Distinct(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Evaluates a field's <c>initial</c> in <paramref name="scope"/>; <c>null</c> when a value it reads is not there (yet).</summary>
    public static JsonNode? Evaluate(JsonNode initial, ExpressionScope scope, IExpressionEvaluator expressions)
    {
        if (FormJson.TryGetString(initial, out var reference))
        {
            if (!TryParseReference(reference, out var root, out var names))
            {
                return null;
            }

            JsonNode? value = root switch
            {
                TasksRoot => scope.Tasks,
                VarsRoot => scope.Variables,
                _ => scope.Inputs,
            };
            foreach (var name in names)
            {
                value = value is JsonObject obj ? obj[name] : null;
            }

            return value?.DeepClone();
        }

        if (!ExpressionValue.TryGetExpression(initial, out _, out var code))
        {
            return null;
        }

        try
        {
            return expressions.EvaluateScript(code, scope);
        }
        catch (ExpressionException)
        {
            // A script that reads a step a Decision did not take throws; the field then simply starts empty.
            return null;
        }
    }

    /// <summary>
    /// What of <paramref name="value"/> <paramref name="field"/> can hold: a number for a Number field, known options
    /// for a choice, rows cut to the table's columns and its most rows. Anything else is dropped (<c>null</c>), so a
    /// source's other data (an idea's author) never reaches the form.
    /// </summary>
    public static JsonNode? Fit(FormField field, JsonNode? value) => value is null ? null : field.Type switch
    {
        FormFieldType.Text or FormFieldType.LongText or FormFieldType.Link => FitText(field, value),
        FormFieldType.Number => FitNumber(value),
        FormFieldType.Date => FormJson.TryGetString(value, out var date) && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? date : null,
        FormFieldType.Choice => FormJson.TryGetString(value, out var choice) && field.Options.Any(o => o.Value == choice) ? choice : null,
        FormFieldType.MultiChoice => value is JsonArray chosen
            ? new JsonArray([.. chosen.Select(c => FormJson.TryGetString(c, out var s) && field.Options.Any(o => o.Value == s) ? s : null).OfType<string>().Distinct().Select(s => (JsonNode)s)])
            : null,
        FormFieldType.Checklist => value is JsonObject items ? FitObject(items, field.Items.Select(i => i.Value), (_, item) => item?.DeepClone()) : null,
        FormFieldType.Rating => FitNumber(value) is JsonValue r && r.GetValue<decimal>() is var n && n == decimal.Truncate(n) && n is >= 1 and <= 5 ? (int)n : null,
        FormFieldType.Person => FormJson.TryGetString(value, out var person) && Guid.TryParse(person, out _) ? person : null,
        FormFieldType.Group => value is JsonArray rows ? FitRows(field, rows) : null,
        FormFieldType.Section => value is JsonObject section ? FitObject(section, field.Fields.Select(f => f.Key), (key, v) => Fit(field.Fields.First(f => f.Key == key), v)) : null,
        _ => null,
    };

    private static JsonNode? FitText(FormField field, JsonNode value)
    {
        var text = FormJson.TryGetString(value, out var s) ? s
            : value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString()
            : null;
        return text is null ? null : field.MaxLength is { } max && text.Length > max ? text[..max] : text;
    }

    private static JsonNode? FitNumber(JsonNode value) =>
        FormJson.TryGetDecimal(value, out var n) ? JsonValue.Create(n)
        : value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && Math.Abs(d) < 1e15 ? JsonValue.Create((decimal)d)
        : FormJson.TryGetString(value, out var s) && decimal.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? JsonValue.Create(parsed)
        : null;

    private static JsonArray FitRows(FormField table, JsonArray rows)
    {
        var fitted = rows.OfType<JsonObject>()
            .Select(row => FitObject(row, table.Fields.Select(f => f.Key), (key, v) => Fit(table.Fields.First(f => f.Key == key), v)))
            .Where(row => row.Count > 0);
        return [.. (table.MaxRows is { } max ? fitted.Take(max) : fitted)];
    }

    private static JsonObject FitObject(JsonObject source, IEnumerable<string> keys, Func<string, JsonNode?, JsonNode?> fit)
    {
        var result = new JsonObject();
        foreach (var key in keys)
        {
            if (source.TryGetPropertyValue(key, out var v) && fit(key, v) is { } kept)
            {
                result[key] = kept;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)+$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\btasks\s*(?:\.\s*(?<dot>[A-Za-z_$][A-Za-z0-9_$]*)|\[\s*[""'](?<index>[^""']+)[""']\s*\])")]
    private static partial Regex ScriptStepPattern();
}
