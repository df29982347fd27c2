using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// A value a form field may start from, as the designer offers it: an earlier step's field or a lab value.
/// </summary>
/// <param name="Reference">What the field's <c>initial</c> holds (<c>tasks.baseline.indicators</c>, <c>vars.ranking</c>).</param>
/// <param name="Source">The step's name, or "Variable" / "Input" for a lab value.</param>
/// <param name="Label">The field's label, or the value's name.</param>
/// <param name="Type">The field's type; <c>null</c> for a lab value (its type is a flow type, not a field type).</param>
public sealed record PrefillSource(string Reference, LocalizedText Source, LocalizedText Label, FormFieldType? Type);
