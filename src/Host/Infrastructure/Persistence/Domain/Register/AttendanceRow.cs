namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

/// <summary>One participant at one workshop step of a lab (<see cref="Activities.Register.AttendanceRecord"/>); unique per lab, step and participant.</summary>
internal sealed class AttendanceRow
{
    public Guid LabId { get; set; }

    public required string ActivityId { get; set; }

    public Guid ParticipantId { get; set; }

    public bool IsGuest { get; set; }

    public bool Present { get; set; }

    public decimal Hours { get; set; }

    public DateOnly Date { get; set; }

    public Guid RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
