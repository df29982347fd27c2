namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>One person's stand-in period (<see cref="Activities.Organisation.StandIn"/>); at most one per person.</summary>
internal sealed class StandInRow
{
    public Guid PersonId { get; set; }

    public Guid StandInId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}
