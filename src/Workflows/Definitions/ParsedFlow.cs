namespace LabFlow.Workflows.Definitions;

/// <summary>
/// A flow as far as its shape could be read, with each element's index in the file, so that the semantic
/// checks can still run (and name the right JSON path) when some parts are missing or malformed.
/// Missing ids, types and names are empty strings; the shape reader has already reported them.
/// </summary>
internal sealed class ParsedFlow
{
    public string Id { get; set; } = string.Empty;

    public int? Version { get; set; }

    public LocalizedText? Name { get; set; }

    public LocalizedText? Description { get; set; }

    public FlowKind Kind { get; set; } = FlowKinds.Default;

    public List<Indexed<PhaseDefinition>> Phases { get; } = [];

    public List<Indexed<ParameterDefinition>> Inputs { get; } = [];

    public List<Indexed<ParameterDefinition>> Variables { get; } = [];

    public List<Indexed<ActivityNode>> Activities { get; } = [];

    public List<Indexed<ConnectionDefinition>> Connections { get; } = [];

    /// <summary>The flow as a definition for activity rules; may contain the placeholders described above.</summary>
    public WorkflowDefinition ToDefinition() => new()
    {
        Id = Id,
        Version = Version ?? 1,
        Name = Name ?? LocalizedText.Of(string.Empty),
        Description = Description,
        Kind = Kind,
        Phases = [.. Phases.Select(p => p.Item)],
        Inputs = [.. Inputs.Select(p => p.Item)],
        Variables = [.. Variables.Select(p => p.Item)],
        Activities = [.. Activities.Select(a => a.Item)],
        Connections = [.. Connections.Select(c => c.Item)],
    };
}

/// <summary>An element of a flow array with its index in the file.</summary>
internal sealed record Indexed<T>(int Index, T Item);
