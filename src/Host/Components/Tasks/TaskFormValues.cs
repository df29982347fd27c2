using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Host.Components.Tasks;

/// <summary>
/// What the inputs hold (every typed value, also one that is not valid yet) and the answers shape the domain's
/// completion reads (FormValidator): the inputs hold numbers as the text typed, which becomes a JSON number when it
/// reads as one and stays text otherwise, so the server names the error and nothing typed is lost.
/// </summary>
internal static class TaskFormValues
{
    private const NumberStyles NumberInput =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Input values from stored answers (a draft or a completed task's answers).</summary>
    public static JsonObject FromAnswers(IReadOnlyList<FormField> fields, JsonObject? answers)
    {
        var values = new JsonObject();
        if (answers is null)
        {
            return values;
        }

        foreach (var field in fields)
        {
            if (answers[field.Key] is not { } node)
            {
                continue;
            }

            values[field.Key] = (field.Type, node) switch
            {
                (FormFieldType.Number, JsonValue number) when number.GetValueKind() == JsonValueKind.Number =>
                    number.GetValue<decimal>().ToString(CultureInfo.CurrentCulture),
                (FormFieldType.Group, JsonArray rows) =>
                    new JsonArray([.. rows.Select(row => (JsonNode)FromAnswers(field.Fields, row as JsonObject))]),
                (FormFieldType.Section, JsonObject section) => FromAnswers(field.Fields, section),
                _ => node.DeepClone(),
            };
        }

        return values;
    }

    /// <summary>The answers to complete the task with, from the inputs' values; blank inputs are left out.</summary>
    /// <remarks>
    /// Written out and read back as JSON, so the domain gets exactly what the API's body would give it (a number
    /// built in code is not read back as another numeric type, a parsed one is).
    /// </remarks>
    public static JsonObject ToAnswers(IReadOnlyList<FormField> fields, JsonObject values) =>
        JsonNode.Parse(Build(fields, values).ToJsonString())!.AsObject();

    private static JsonObject Build(IReadOnlyList<FormField> fields, JsonObject values)
    {
        var answers = new JsonObject();
        foreach (var field in fields)
        {
            if (ToAnswer(field, values[field.Key]) is { } answer)
            {
                answers[field.Key] = answer;
            }
        }

        return answers;
    }

    private static JsonNode? ToAnswer(FormField field, JsonNode? value)
    {
        switch (field.Type, value)
        {
            case (_, null):
                return null;
            case (FormFieldType.Number, JsonValue text) when text.GetValueKind() == JsonValueKind.String:
                var typed = text.GetValue<string>();
                if (string.IsNullOrWhiteSpace(typed))
                {
                    return null;
                }

                return decimal.TryParse(typed, NumberInput, CultureInfo.CurrentCulture, out var number)
                    || decimal.TryParse(typed, NumberInput, CultureInfo.InvariantCulture, out number)
                    ? JsonValue.Create(number)
                    : JsonValue.Create(typed);
            case (FormFieldType.Checklist, JsonObject items):
                var checklist = new JsonObject();
                foreach (var (item, answer) in items)
                {
                    if (answer is not JsonObject itemAnswer)
                    {
                        continue;
                    }

                    var kept = new JsonObject();
                    if (itemAnswer["checked"] is JsonValue isChecked && isChecked.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        kept["checked"] = isChecked.GetValue<bool>();
                    }

                    if (itemAnswer["comment"] is JsonValue comment && comment.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(comment.GetValue<string>()))
                    {
                        kept["comment"] = comment.GetValue<string>();
                    }

                    if (kept.Count > 0)
                    {
                        checklist[item] = kept;
                    }
                }

                return checklist.Count == 0 ? null : checklist;
            case (FormFieldType.Group, JsonArray rows):
                return rows.Count == 0
                    ? null
                    : new JsonArray([.. rows.Select(row => (JsonNode)Build(field.Fields, row as JsonObject ?? []))]);
            case (FormFieldType.Section, JsonObject section):
                var answers = Build(field.Fields, section);
                return answers.Count == 0 ? null : answers;
            default:
                return value.DeepClone();
        }
    }
}
