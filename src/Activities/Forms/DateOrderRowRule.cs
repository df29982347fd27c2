using System.Text.Json.Nodes;

namespace LabFlow.Activities.Forms;

/// <summary>When a row answers both dates, <paramref name="End"/> may not be before <paramref name="Start"/>.</summary>
public sealed record DateOrderRowRule(string Start, string End) : FormRowRule
{
    internal override IEnumerable<FormError> Check(JsonObject row, string rowPath, IReadOnlySet<string> fieldsWithErrors)
    {
        // Normalised dates are yyyy-MM-dd, so ordinal order is date order.
        if (row[Start] is JsonValue start && row[End] is JsonValue end
            && string.CompareOrdinal(end.GetValue<string>(), start.GetValue<string>()) < 0)
        {
            yield return new FormError(FormPath.Property(rowPath, End), FormErrorCodes.EndBeforeStart, FormMessages.EndBeforeStart());
        }
    }
}
