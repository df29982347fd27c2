namespace LabFlow.Host.Api.Labs;

/// <summary>Skip the failed step behind an incident instead of retrying it.</summary>
/// <param name="Reason">Why; required, at most 1000 characters; the lab's timeline shows it.</param>
/// <param name="Outcome">The step's outcome to go on with; leave it out for the step's default (<c>Done</c>).</param>
/// <param name="EndBranch"><c>true</c> ends the step's branch instead of going on.</param>
internal sealed record SkipIncidentBody(string? Reason, string? Outcome = null, bool EndBranch = false);
