using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>One field of a form, as parsed from a flow (a preset is already expanded).</summary>
public sealed record FormField
{
    /// <summary>The key the answer is stored under; later activities read it as <c>tasks.&lt;activityId&gt;.&lt;key&gt;</c>.</summary>
    public required string Key { get; init; }

    public required FormFieldType Type { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedText? Help { get; init; }

    public bool Required { get; init; }

    /// <summary>Text and LongText: the most characters an answer may have.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Number: the smallest value allowed.</summary>
    public decimal? Min { get; init; }

    /// <summary>Number: the largest value allowed.</summary>
    public decimal? Max { get; init; }

    /// <summary>Choice and MultiChoice: the options, in the order shown.</summary>
    public IReadOnlyList<FormOption> Options { get; init; } = [];

    /// <summary>MultiChoice: the fewest options an answer selects (when answered).</summary>
    public int? MinSelected { get; init; }

    /// <summary>MultiChoice: the most options an answer selects.</summary>
    public int? MaxSelected { get; init; }

    /// <summary>Checklist: the items, each answered yes or no.</summary>
    public IReadOnlyList<FormOption> Items { get; init; } = [];

    /// <summary>Person: the role the chosen person should have (a filter for the picker), or <c>null</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Group: the fields of one row; Section: its fields.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>Group: the fewest rows (when answered; a required group needs at least one).</summary>
    public int? MinRows { get; init; }

    /// <summary>Group: the most rows.</summary>
    public int? MaxRows { get; init; }

    /// <summary>Group: rules across the fields of each row (the risk table's "a measure or a documented reason").</summary>
    public IReadOnlyList<FormRowRule> RowRules { get; init; } = [];

    /// <summary>The preset this field was expanded from (<see cref="FormPresets"/>), or <c>null</c>.</summary>
    public string? Preset { get; init; }

    /// <summary>
    /// The answer holds personal data about someone (a quote, a name, free text about a person): erasing a person
    /// empties it, and a step with such a field should come after a data-protection step (the loader warns).
    /// </summary>
    public bool Personal { get; init; }

    /// <summary>
    /// Where the field's starting value comes from (<see cref="FormPrefill"/>): a reference such as
    /// <c>"tasks.baseline.indicators"</c> or <c>"vars.ranking"</c>, or <c>{ "js": "…" }</c>; <c>null</c> when it starts empty.
    /// The person completing the task sees the value and may change it.
    /// </summary>
    public JsonNode? Initial { get; init; }
}
