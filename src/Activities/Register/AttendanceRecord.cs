namespace LabFlow.Activities.Register;

/// <summary>
/// One person's attendance at one workshop, seminar or conference (a <c>Workshop</c> step of a lab): present or
/// absent and the hours they took part. Keyed by lab, step and participant; recording again replaces it.
/// </summary>
/// <param name="ParticipantId">A person's id, or a <see cref="RegisterGuest"/>'s id when <paramref name="IsGuest"/>.</param>
/// <param name="Date">The day of the workshop (its planned day unless the facilitator moved it).</param>
public sealed record AttendanceRecord(
    Guid LabId,
    string ActivityId,
    Guid ParticipantId,
    bool IsGuest,
    bool Present,
    decimal Hours,
    DateOnly Date,
    Guid RecordedBy,
    DateTimeOffset RecordedAt);
