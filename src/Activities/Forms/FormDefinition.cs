namespace LabFlow.Activities.Forms;

/// <summary>A task's form: the fields people fill in, with presets expanded.</summary>
public sealed record FormDefinition(IReadOnlyList<FormField> Fields)
{
    /// <summary>A form without fields (a task that is only marked done).</summary>
    public static FormDefinition Empty { get; } = new([]);

    public bool IsEmpty => Fields.Count == 0;
}
