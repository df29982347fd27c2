using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Methods;

/// <summary>A method read from a file: the method when it is valid, else every problem with the file and the JSON path.</summary>
/// <param name="Problems">Each problem's JSON path (<c>$.minutes</c>) and coded message, for the API and the pages.</param>
public sealed record MethodParseResult(string FileName, LabMethod? Method, IReadOnlyList<(string Path, CodedMessage Message)> Problems)
{
    public bool IsValid => Method is not null && Problems.Count == 0;

    /// <summary>The problems in English with the file name, for start-up logs and the CLI.</summary>
    public IReadOnlyList<ValidationError> Errors =>
        [.. Problems.Select(p => new ValidationError(FileName, p.Path, p.Message.English) { Code = p.Message.Code })];
}
