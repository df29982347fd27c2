namespace LabFlow.Workflows.Definitions;

/// <summary>The outcome of loading one flow file: the definition when it is valid, and every error found.</summary>
public sealed record LoadResult(string FileName, WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>What a reader should look at again in a flow that loads (empty when there are errors to fix first).</summary>
    public IReadOnlyList<ValidationError> Warnings { get; init; } = [];

    public bool IsValid => Errors.Count == 0;
}
