namespace LabFlow.Workflows.Definitions;

/// <summary>The outcome of loading one flow file: the definition when it is valid, and every error found.</summary>
public sealed record LoadResult(string FileName, WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
