namespace LabFlow.Activities.Register;

/// <summary>One person at one workshop, seminar or conference they attended, as the register, its exports and the dashboard's drill-down show it.</summary>
/// <param name="LabAdministrationId">The administration the lab belongs to (<see cref="Organisation.ProjectScope.AdministrationId"/> for the project's own).</param>
/// <param name="AdministrationId">The participant's administration, when it is one of LabFlow's.</param>
/// <param name="OrganisationName">The participant's administration's name, or their organisation in words; empty when unknown.</param>
public sealed record ParticipationRow(
    Guid LabId,
    string LabTitle,
    string LabAdministrationId,
    string ActivityId,
    DateOnly Date,
    Guid ParticipantId,
    bool IsGuest,
    string Name,
    Sex Sex,
    string? AdministrationId,
    string OrganisationName,
    ProfessionGroup ProfessionGroup,
    decimal Hours)
{
    /// <summary>What the register groups participants' organisations by: the administration id, else the organisation's name.</summary>
    public string OrganisationKey => AdministrationId ?? OrganisationName;

    /// <summary>The calendar month of the attendance, <c>yyyy-MM</c>.</summary>
    public string Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
