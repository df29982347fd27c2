using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// Plausible answers to any form, so the demo lab can complete its first tasks whatever the shipped flow asks:
/// every field is answered (optional ones too, which satisfies rules such as "one of these"), within its limits.
/// </summary>
internal static class DemoAnswers
{
    private const string SampleText = "Exempel från demolabbet";

    public static JsonObject For(FormDefinition form, Lab lab, DateOnly today) => Answer(form.Fields, lab, today);

    private static JsonObject Answer(IReadOnlyList<FormField> fields, Lab lab, DateOnly today)
    {
        var answers = new JsonObject();
        for (var index = 0; index < fields.Count; index++)
        {
            // Dates step forward field by field, so "from" comes before "to" in any row rule.
            answers[fields[index].Key] = Value(fields[index], lab, today.AddDays(index));
        }

        return answers;
    }

    private static JsonNode? Value(FormField field, Lab lab, DateOnly date) => field.Type switch
    {
        FormFieldType.Text => Fit(SampleText, field.MaxLength),
        FormFieldType.LongText => Fit($"{SampleText}: {lab.Challenge}", field.MaxLength),
        FormFieldType.Number => JsonValue.Create(Number(field)),
        FormFieldType.Date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FormFieldType.Choice => field.Options.FirstOrDefault()?.Value,
        FormFieldType.MultiChoice => new JsonArray([.. field.Options.Take(Math.Max(1, field.MinSelected ?? 1)).Select(o => (JsonNode?)JsonValue.Create(o.Value))]),
        FormFieldType.Checklist => new JsonObject(field.Items.Select(i => KeyValuePair.Create(i.Value, (JsonNode?)new JsonObject { ["checked"] = true, ["comment"] = SampleText }))),
        FormFieldType.Rating => 4,
        FormFieldType.Person => Person(field, lab)?.ToString(),
        FormFieldType.Link => "https://goteborg.se/",
        FormFieldType.Group => new JsonArray([.. Enumerable.Range(0, Math.Max(1, field.MinRows ?? 1)).Select(_ => (JsonNode?)Answer(field.Fields, lab, date))]),
        FormFieldType.Section => Answer(field.Fields, lab, date),
        _ => null,
    };

    private static string Fit(string text, int? maxLength) => maxLength is { } max && text.Length > max ? text[..max] : text;

    private static decimal Number(FormField field) => field.Min is { } min ? Math.Max(min, Math.Min(field.Max ?? min, min + 1)) : Math.Min(field.Max ?? 3, 3);

    private static Guid? Person(FormField field, Lab lab) =>
        lab.People.FirstOrDefault(p => string.Equals(p.Role.ToString(), field.Role, StringComparison.Ordinal))?.PersonId
        ?? lab.People.FirstOrDefault()?.PersonId;
}
