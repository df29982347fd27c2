namespace LabFlow.Activities.Collections;

/// <summary>Reads collections, submissions and votes.</summary>
public interface ICollectionStore
{
    Task<LabCollection?> FindAsync(Guid collectionId, CancellationToken cancellationToken);

    /// <summary>The latest collection a step of a lab opened.</summary>
    Task<LabCollection?> FindByActivityAsync(Guid labId, string activityId, CancellationToken cancellationToken);

    Task<IReadOnlyList<LabCollection>> ListByLabAsync(Guid labId, CancellationToken cancellationToken);

    /// <summary>Submissions, oldest first.</summary>
    Task<IReadOnlyList<IdeaSubmission>> ListSubmissionsAsync(Guid collectionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<IdeaVote>> ListVotesAsync(Guid collectionId, CancellationToken cancellationToken);

    Task<VoterTally?> FindTallyAsync(Guid collectionId, Guid voterId, CancellationToken cancellationToken);
}
