using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// Empties the answers to fields marked <c>"personal": true</c> (at any depth: in a section, in each row of a group,
/// or a whole personal group or section), and says which texts it removed so they can be replaced where they were
/// copied. Other answers stay, so counts, ratings and choices still add up. An erased person's ideas lose what they
/// wrote in them (<see cref="RemoveWrittenTexts"/>), since an idea is free text of its author's.
/// </summary>
internal static class PersonalAnswers
{
    /// <summary><paramref name="answers"/> without personal fields (a copy; <c>null</c> stays <c>null</c>), and the texts removed.</summary>
    public static (JsonObject? Answers, IReadOnlyList<string> Removed) Empty(JsonObject? answers, JsonArray? form)
    {
        if (answers is null || form is null)
        {
            return (answers, []);
        }

        return Empty(answers, FormDefinitionParser.Parse(form).Form.Fields);
    }

    /// <inheritdoc cref="Empty(JsonObject?, JsonArray?)"/>
    public static (JsonObject Answers, IReadOnlyList<string> Removed) Empty(JsonObject answers, IReadOnlyList<FormField> fields)
    {
        var copy = (JsonObject)answers.DeepClone();
        var removed = new List<string>();
        Walk(copy, fields, f => f.Personal, replacement: null, removed);
        return (copy, removed);
    }

    /// <summary>
    /// <paramref name="answers"/> (a copy) with every text its author wrote (text and long-text fields at any depth;
    /// every string when the form is unknown) replaced by <see cref="ErasurePlan.Removed"/>, and the texts removed.
    /// Choices, numbers and ratings stay, so votes and counts still add up.
    /// </summary>
    public static (JsonObject Answers, IReadOnlyList<string> Removed) RemoveWrittenTexts(JsonObject answers, JsonArray? form)
    {
        var copy = (JsonObject)answers.DeepClone();
        var removed = new List<string>();
        if (form is null)
        {
            foreach (var key in copy.Select(p => p.Key).ToList())
            {
                if (copy[key] is { } value)
                {
                    CollectTexts(value, removed);
                    copy[key] = ReplaceStrings(value);
                }
            }

            return (copy, removed);
        }

        Walk(copy, FormDefinitionParser.Parse(form).Form.Fields, f => f.Type is FormFieldType.Text or FormFieldType.LongText, ErasurePlan.Removed, removed);
        return (copy, removed);
    }

    private static void Walk(JsonObject answers, IReadOnlyList<FormField> fields, Func<FormField, bool> removes, string? replacement, List<string> removed)
    {
        foreach (var field in fields)
        {
            if (!answers.TryGetPropertyValue(field.Key, out var value) || value is null)
            {
                continue;
            }

            if (removes(field))
            {
                CollectTexts(value, removed);
                answers[field.Key] = replacement is null ? null : JsonValue.Create(replacement);
            }
            else if (field.Type == FormFieldType.Section && value is JsonObject section)
            {
                Walk(section, field.Fields, removes, replacement, removed);
            }
            else if (field.Type == FormFieldType.Group && value is JsonArray rows)
            {
                foreach (var row in rows.OfType<JsonObject>())
                {
                    Walk(row, field.Fields, removes, replacement, removed);
                }
            }
        }
    }

    private static JsonNode? ReplaceStrings(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : ReplaceStrings(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(n => n is null ? null : ReplaceStrings(n))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(ErasurePlan.Removed),
        _ => node.DeepClone(),
    };

    private static void CollectTexts(JsonNode node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        CollectTexts(child, texts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    CollectTexts(child, texts);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                texts.Add(value.GetValue<string>());
                break;
        }
    }
}
