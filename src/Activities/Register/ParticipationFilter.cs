namespace LabFlow.Activities.Register;

/// <summary>
/// Which attendance a register query covers, within what the caller may see; every part is optional. The dashboard
/// drills down from a figure by setting the part the figure was grouped by.
/// </summary>
/// <param name="LabAdministrationId">Only labs of this administration (or of the project scope).</param>
/// <param name="Organisation">Only participants whose administration or organisation has this key (<see cref="ParticipationRow.OrganisationKey"/>).</param>
public sealed record ParticipationFilter(
    string? LabAdministrationId = null,
    Guid? LabId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Sex? Sex = null,
    string? Organisation = null,
    ProfessionGroup? ProfessionGroup = null)
{
    public static ParticipationFilter All { get; } = new();
}
