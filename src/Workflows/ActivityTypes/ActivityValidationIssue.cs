namespace LabFlow.Workflows.ActivityTypes;

/// <summary>An error an activity type's extra validation rule found.</summary>
/// <param name="Path">
/// The JSON path inside the activity, without a leading dot (<c>"inputs.duration"</c>, <c>"inputs.cases[1]"</c>),
/// or empty for the activity itself. The loader puts <c>$.activities[n]</c> in front.
/// </param>
/// <param name="Message">What is wrong and how to fix it, without the path.</param>
/// <param name="IsWarning">
/// A warning: the flow loads and runs, but a reader should look again (a step that collects personal data with no
/// data-protection step before it). The loader reports it in <see cref="Definitions.LoadResult.Warnings"/>.
/// </param>
public sealed record ActivityValidationIssue(string Path, string Message, bool IsWarning = false);
