namespace LabFlow.Activities.Labs;

/// <summary>
/// A running flow with its metadata. <see cref="Id"/> is the workflow instance's id, so a lab and its instance are
/// found by the same id. Phase progress is computed from the instance (<see cref="LabPhases"/>), never stored here.
/// </summary>
/// <param name="Challenge">The lab's question, "Hur kan vi …?".</param>
/// <param name="TargetAreas">Target areas of the equality programme the lab works on.</param>
/// <param name="People">The lab's own people; a role resolves among them before the administration's members.</param>
/// <param name="StartDate">Day 0 of the lab; relative dates count from it.</param>
/// <param name="Paused">While paused no reminders or escalations go out.</param>
/// <param name="Version">Incremented by every update; an update with a stale version is refused.</param>
public sealed record Lab(
    Guid Id,
    string DefinitionId,
    string Title,
    string AdministrationId,
    string Challenge,
    IReadOnlyList<string> TargetAreas,
    IReadOnlyList<LabMember> People,
    DateOnly StartDate,
    bool Paused,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long Version = 0);
