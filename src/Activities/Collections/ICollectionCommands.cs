namespace LabFlow.Activities.Collections;

/// <summary>Writes submissions and votes (outside bursts).</summary>
public interface ICollectionCommands
{
    Task AddSubmissionAsync(IdeaSubmission submission, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="votes"/> and adds their number to the voter's tally in one step, unless the tally would
    /// pass <paramref name="votesPerPerson"/>; returns whether they were stored.
    /// </summary>
    Task<bool> CastVotesAsync(Guid collectionId, Guid voterId, IReadOnlyList<IdeaVote> votes, int votesPerPerson, CancellationToken cancellationToken);
}
