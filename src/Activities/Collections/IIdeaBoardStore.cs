namespace LabFlow.Activities.Collections;

/// <summary>The facilitator's work on a board (themes, merges, rewordings), a moved closing time, and dots taken back.</summary>
public interface IIdeaBoardStore
{
    /// <summary>Every collection that is still open, oldest first (few at a time: a lab has a handful).</summary>
    Task<IReadOnlyList<LabCollection>> ListOpenAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<IdeaCuration>> ListCurationsAsync(Guid collectionId, CancellationToken cancellationToken);

    /// <summary>Stores the idea's curation, replacing the one it had.</summary>
    Task SaveCurationAsync(IdeaCuration curation, CancellationToken cancellationToken);

    /// <summary>Revisions, oldest first.</summary>
    Task<IReadOnlyList<IdeaRevision>> ListRevisionsAsync(Guid collectionId, CancellationToken cancellationToken);

    Task AddRevisionAsync(IdeaRevision revision, CancellationToken cancellationToken);

    /// <summary>Moves the end of an open collection's window.</summary>
    Task SetClosesAtAsync(Guid collectionId, DateTimeOffset closesAt, CancellationToken cancellationToken);

    /// <summary>
    /// Takes back one of <paramref name="voterId"/>'s dots on <paramref name="ideaId"/> and lowers their tally in one step;
    /// returns whether there was one.
    /// </summary>
    Task<bool> RemoveVoteAsync(Guid collectionId, Guid voterId, Guid ideaId, CancellationToken cancellationToken);
}
