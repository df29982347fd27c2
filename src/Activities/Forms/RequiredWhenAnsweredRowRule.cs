using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>When a row answers <paramref name="Trigger"/>, it must also answer each of <paramref name="Fields"/>.</summary>
public sealed record RequiredWhenAnsweredRowRule(string Trigger, IReadOnlyList<string> Fields, string Code, LocalizedText Message) : FormRowRule
{
    internal override IEnumerable<FormError> Check(JsonObject row, string rowPath, IReadOnlySet<string> fieldsWithErrors)
    {
        if (!row.ContainsKey(Trigger))
        {
            yield break;
        }

        foreach (var field in Fields)
        {
            if (!row.ContainsKey(field) && !fieldsWithErrors.Contains(field))
            {
                yield return new FormError(FormPath.Property(rowPath, field), Code, Message);
            }
        }
    }
}
