namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

/// <summary>A lab's own time, place and link for one workshop step (<see cref="Activities.Register.WorkshopSchedule"/>).</summary>
internal sealed class WorkshopScheduleRow
{
    public Guid LabId { get; set; }

    public required string ActivityId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Location { get; set; }

    public string? MeetingLink { get; set; }

    public int Sequence { get; set; }

    public Guid ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
