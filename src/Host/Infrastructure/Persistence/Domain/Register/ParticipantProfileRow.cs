namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

/// <summary>A person's own answers for the participant register (<see cref="Activities.Register.ParticipantProfile"/>); one per person.</summary>
internal sealed class ParticipantProfileRow
{
    public Guid PersonId { get; set; }

    public required string Sex { get; set; }

    public string? AdministrationId { get; set; }

    public string? Organisation { get; set; }

    public required string ProfessionGroup { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
