using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>An option of a Choice or MultiChoice field, or an item of a Checklist.</summary>
/// <param name="Value">The stable value stored in the answers.</param>
/// <param name="Label">The text people see.</param>
public sealed record FormOption(string Value, LocalizedText Label);
