namespace LabFlow.Activities.Register;

/// <summary>
/// A lab's own time, place and meeting link for one of its workshops, set at launch or later by the facilitator;
/// it overrides the flow's inputs. <paramref name="Sequence"/> grows with every change, so the calendar invitation
/// sent again keeps its UID and replaces the earlier one.
/// </summary>
public sealed record WorkshopSchedule(
    Guid LabId,
    string ActivityId,
    DateOnly? Date,
    TimeOnly? StartTime,
    int? DurationMinutes,
    string? Location,
    string? MeetingLink,
    int Sequence,
    Guid ChangedBy,
    DateTimeOffset ChangedAt);
