using System.Text.Json.Nodes;

namespace LabFlow.Activities.Forms;

/// <summary>A rule across the fields of one row of a Group. Only presets declare them.</summary>
public abstract record FormRowRule
{
    private protected FormRowRule()
    {
    }

    /// <summary>Checks one row.</summary>
    /// <param name="row">The row's normalised answers (only the valid ones).</param>
    /// <param name="rowPath">The row's path, such as <c>risks[1]</c>.</param>
    /// <param name="fieldsWithErrors">Keys of the row's fields that already have an error (a rule does not pile on).</param>
    internal abstract IEnumerable<FormError> Check(JsonObject row, string rowPath, IReadOnlySet<string> fieldsWithErrors);
}
