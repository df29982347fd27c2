using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>An error an activity type's extra validation rule found.</summary>
/// <param name="Path">
/// The JSON path inside the activity, without a leading dot (<c>"inputs.duration"</c>, <c>"inputs.cases[1]"</c>),
/// or empty for the activity itself. The loader puts <c>$.activities[n]</c> in front.
/// </param>
/// <param name="Message">What is wrong and how to fix it, without the path, in English (logs, the CLI).</param>
/// <param name="IsWarning">
/// A warning: the flow loads and runs, but a reader should look again (a step that collects personal data with no
/// data-protection step before it). The loader reports it in <see cref="Definitions.LoadResult.Warnings"/>.
/// </param>
public sealed record ActivityValidationIssue(string Path, string Message, bool IsWarning = false)
{
    /// <summary>
    /// The rule's stable code, for showing the issue in the reader's language; the texts live in the application's
    /// message catalogue. An issue made from a bare message keeps <see cref="ValidationCodes.ActivityRule"/>.
    /// </summary>
    public string Code { get; init; } = ValidationCodes.ActivityRule;

    /// <summary>The values the code's text names; for <see cref="ValidationCodes.ActivityRule"/>, <c>message</c>.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["message"] = Message };

    /// <summary>An issue with its code, the arguments its text names and the English text.</summary>
    public static ActivityValidationIssue Coded(string path, string code, string message, params (string Name, string Value)[] arguments) =>
        new(path, message)
        {
            Code = code,
            Arguments = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal),
        };
}
