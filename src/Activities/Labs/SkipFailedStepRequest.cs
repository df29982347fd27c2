namespace LabFlow.Activities.Labs;

/// <summary>Skip the failed step behind a lab's open incident instead of retrying it (<see cref="LabService.SkipFailedStepAsync"/>).</summary>
/// <param name="IncidentId">The open incident, as the lab shows it.</param>
/// <param name="Reason">Why the step is skipped; required, at most <see cref="LabLimits.ReasonLength"/> characters; the timeline shows it.</param>
/// <param name="Outcome">The step's outcome to go on with; <c>null</c> for its default.</param>
/// <param name="EndBranch">End the step's branch instead of going on.</param>
public sealed record SkipFailedStepRequest(Guid IncidentId, string? Reason, string? Outcome = null, bool EndBranch = false);
