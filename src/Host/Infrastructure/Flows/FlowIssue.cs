using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>One thing wrong with a flow document as the flow pages show it: its JSON path and what to do (the loader's message).</summary>
/// <param name="Message">The English message (logs, the API's English answer) or a page's own text.</param>
public sealed record FlowIssue(string Path, string Message)
{
    /// <summary>The loader's code (<see cref="ValidationCodes"/>), or <c>null</c> for a page's own text.</summary>
    public string? Code { get; init; }

    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static FlowIssue From(ValidationError error) => new(error.Path, error.Message) { Code = error.Code, Arguments = error.Arguments };

    /// <summary>The message in <paramref name="language"/> from the catalogue, or <see cref="Message"/> when it has no code.</summary>
    public string In(string language) =>
        Code is { } code && MessageCatalogue.Find(code) is not null ? MessageCatalogue.Render(code, Arguments, language) : Message;
}
