using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Methods;

/// <summary>A method read from a file: the method when it is valid, else every error with the file and the JSON path.</summary>
public sealed record MethodParseResult(string FileName, LabMethod? Method, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Method is not null && Errors.Count == 0;
}
