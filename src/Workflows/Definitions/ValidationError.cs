namespace LabFlow.Workflows.Definitions;

/// <summary>One thing wrong with a flow file: where (file and JSON path) and what to do about it.</summary>
/// <param name="File">The file name (no folder), as given to the loader.</param>
/// <param name="Path">The JSON path, such as <c>$.activities[3].type</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">What failed, which value, and how to fix it, in English (logs, the CLI).</param>
public sealed record ValidationError(string File, string Path, string Message)
{
    /// <summary>The stable code (<see cref="ValidationCodes"/>), for showing the error in the reader's language.</summary>
    public string Code { get; init; } = ValidationCodes.Other;

    /// <summary>The values the code's text names; for <see cref="ValidationCodes.Other"/>, <c>message</c>.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["message"] = Message };

    public override string ToString() => $"{File}: {Path}: {Message}";
}
