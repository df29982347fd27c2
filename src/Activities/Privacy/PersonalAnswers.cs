using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// Empties the answers to fields marked <c>"personal": true</c> (at any depth: in a section, in each row of a group,
/// or a whole personal group or section), and says which texts it removed so they can be replaced where they were
/// copied. Other answers stay, so counts, ratings and choices still add up.
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

        var copy = (JsonObject)answers.DeepClone();
        var removed = new List<string>();
        Empty(copy, FormDefinitionParser.Parse(form).Form.Fields, removed);
        return (copy, removed);
    }

    private static void Empty(JsonObject answers, IReadOnlyList<FormField> fields, List<string> removed)
    {
        foreach (var field in fields)
        {
            if (!answers.TryGetPropertyValue(field.Key, out var value) || value is null)
            {
                continue;
            }

            if (field.Personal)
            {
                CollectTexts(value, removed);
                answers[field.Key] = null;
            }
            else if (field.Type == FormFieldType.Section && value is JsonObject section)
            {
                Empty(section, field.Fields, removed);
            }
            else if (field.Type == FormFieldType.Group && value is JsonArray rows)
            {
                foreach (var row in rows.OfType<JsonObject>())
                {
                    Empty(row, field.Fields, removed);
                }
            }
        }
    }

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
