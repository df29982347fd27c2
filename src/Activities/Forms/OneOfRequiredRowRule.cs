using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>A row must answer <paramref name="First"/> or <paramref name="Second"/>; the error is shown at the first.</summary>
public sealed record OneOfRequiredRowRule(string First, string Second, string Code, LocalizedText Message) : FormRowRule
{
    internal override IEnumerable<FormError> Check(JsonObject row, string rowPath, IReadOnlySet<string> fieldsWithErrors)
    {
        if (row.ContainsKey(First) || row.ContainsKey(Second) || fieldsWithErrors.Contains(First) || fieldsWithErrors.Contains(Second))
        {
            yield break;
        }

        yield return new FormError(FormPath.Property(rowPath, First), Code, Message);
    }
}
