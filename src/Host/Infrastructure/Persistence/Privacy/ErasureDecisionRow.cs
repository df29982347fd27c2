namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

/// <summary>The recorded decision to erase a person (<see cref="Activities.Privacy.ErasureDecision"/>); at most one per person.</summary>
internal sealed class ErasureDecisionRow
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public required string Pseudonym { get; set; }

    public Guid DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public required string Reason { get; set; }
}
