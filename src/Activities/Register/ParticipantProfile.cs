namespace LabFlow.Activities.Register;

/// <summary>
/// What a person with an account declared for the participant register, asked once with the privacy notice. Only
/// the person writes it.
/// </summary>
/// <param name="AdministrationId">The administration they work in, or <c>null</c> when they work elsewhere (<paramref name="Organisation"/>).</param>
/// <param name="Organisation">Their organisation in words when it is not one of LabFlow's administrations.</param>
/// <param name="AnsweredAt">When they answered; a person without a profile has not been asked yet.</param>
public sealed record ParticipantProfile(
    Guid PersonId,
    Sex Sex,
    string? AdministrationId,
    string? Organisation,
    ProfessionGroup ProfessionGroup,
    DateTimeOffset AnsweredAt);
