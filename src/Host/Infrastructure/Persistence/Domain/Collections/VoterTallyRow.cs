namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>How many dots a voter used in a collection (never on what); one row per voter and collection.</summary>
internal sealed class VoterTallyRow
{
    public const string Table = "VoterTallies";

    public Guid CollectionId { get; set; }

    public Guid VoterId { get; set; }

    public int VotesCast { get; set; }
}
