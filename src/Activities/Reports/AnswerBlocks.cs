using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Reports;

/// <summary>
/// Turns a task's answers into report blocks by its form: a value per field as "Label: value", a repeating group as
/// a table with a header row, a section's fields one level in. Choices show their labels, people their names, files their file names.
/// </summary>
internal sealed class AnswerBlocks(ReportTexts texts, IReadOnlyDictionary<Guid, string> names)
{
    /// <summary>The blocks of <paramref name="answers"/>, leaving out the fields <paramref name="skip"/> says no to.</summary>
    public IReadOnlyList<ReportBlock> Of(JsonArray? form, JsonObject? answers, Func<FormField, bool>? skip = null)
    {
        var blocks = new List<ReportBlock>();
        if (answers is null)
        {
            return blocks;
        }

        foreach (var field in Fields(form))
        {
            if (skip?.Invoke(field) == true)
            {
                continue;
            }

            Add(blocks, field, answers[field.Key], prefix: null);
        }

        return blocks;
    }

    /// <summary>The parsed fields of a form as the flow wrote it (presets expanded); none when it does not parse.</summary>
    public static IReadOnlyList<FormField> Fields(JsonArray? form) =>
        form is null ? [] : FormDefinitionParser.Parse(form).Form.Fields;

    /// <summary>A group's rows as a table: one column per field of a row that is not itself a group or section.</summary>
    public ReportTable Table(FormField group, JsonArray rows, string? caption = null)
    {
        var columns = group.Fields.Where(f => f.Type is not (FormFieldType.Group or FormFieldType.Section)).ToList();
        return new ReportTable(
            caption ?? group.Label.Get(texts.Culture),
            [.. columns.Select(c => c.Label.Get(texts.Culture))],
            [.. rows.OfType<JsonObject>().Select(row => (IReadOnlyList<string>)[.. columns.Select(c => Cell(c, row[c.Key]))])]);
    }

    /// <summary>One value as text in a table cell or after a label.</summary>
    public string Cell(FormField field, JsonNode? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        switch (field.Type)
        {
            case FormFieldType.Choice:
                return OptionLabel(field.Options, Text(value));
            case FormFieldType.MultiChoice:
                return value is JsonArray chosen ? string.Join(", ", chosen.OfType<JsonNode>().Select(c => OptionLabel(field.Options, Text(c)))) : Text(value);
            case FormFieldType.Person:
                return Guid.TryParse(Text(value), out var person) && names.TryGetValue(person, out var name) ? name : string.Empty;
            case FormFieldType.File:
                return Guid.TryParse(Text(value), out var file) && names.TryGetValue(file, out var fileName) ? fileName : string.Empty;
            case FormFieldType.Checklist:
                if (value is not JsonObject items)
                {
                    return Text(value);
                }

                return string.Join("; ", field.Items
                    .Where(i => items[i.Value] is JsonObject)
                    .Select(i =>
                    {
                        var item = (JsonObject)items[i.Value]!;
                        var mark = item["checked"] is JsonValue c && c.TryGetValue<bool>(out var done) && done ? texts.Yes : texts.No;
                        var comment = item["comment"] is JsonValue cv && cv.TryGetValue<string>(out var s) && s.Length > 0 ? $" ({s})" : string.Empty;
                        return $"{i.Label.Get(texts.Culture)}: {mark}{comment}";
                    }));
            default:
                return Text(value);
        }
    }

    private void Add(List<ReportBlock> blocks, FormField field, JsonNode? value, string? prefix)
    {
        if (value is null)
        {
            return;
        }

        var label = prefix is null ? field.Label.Get(texts.Culture) : $"{prefix} – {field.Label.Get(texts.Culture)}";
        switch (field.Type)
        {
            case FormFieldType.Group when value is JsonArray rows:
                if (rows.Count > 0)
                {
                    blocks.Add(Table(field, rows, label));
                }

                break;
            case FormFieldType.Section when value is JsonObject section:
                foreach (var inner in field.Fields)
                {
                    Add(blocks, inner, section[inner.Key], label);
                }

                break;
            default:
                var text = Cell(field, value);
                if (text.Length > 0)
                {
                    blocks.Add(new ReportParagraph(text, label));
                }

                break;
        }
    }

    private string OptionLabel(IReadOnlyList<FormOption> options, string value) =>
        options.FirstOrDefault(o => o.Value == value)?.Label.Get(texts.Culture) ?? value;

    private string Text(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => texts.Number(value.GetValue<double>()),
        JsonValueKind.True => texts.Yes,
        JsonValueKind.False => texts.No,
        JsonValueKind.Array => string.Join(", ", value.AsArray().Where(v => v is not null).Select(v => Text(v!))),
        _ => value.ToJsonString(),
    };

    /// <summary>A number in a row, when there is one.</summary>
    public static double? Number(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;

    /// <summary>A string in a row, trimmed, when there is one.</summary>
    public static string? String(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0 ? s.Trim() : null;

    internal static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
