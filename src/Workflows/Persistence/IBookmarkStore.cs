using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Workflows.Persistence;

/// <summary>Reads open bookmarks. Writes go through <see cref="IWorkflowCommitStore"/>.</summary>
public interface IBookmarkStore
{
    Task<Bookmark?> FindAsync(Guid bookmarkId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Bookmark>> ListByKeyAsync(string kind, string key, CancellationToken cancellationToken);

    /// <summary>Timer bookmarks due at or before <paramref name="dueBy"/>, oldest first.</summary>
    Task<IReadOnlyList<Bookmark>> ListDueTimersAsync(DateTimeOffset dueBy, int take, CancellationToken cancellationToken);

    /// <summary>
    /// A bookmark that was consumed (resumed or closed), so a late resume can say "already done" rather than
    /// "not found". Stores that forget consumed bookmarks return <c>null</c> (the runtime then answers NotFound).
    /// </summary>
    Task<Bookmark?> FindConsumedAsync(Guid bookmarkId, CancellationToken cancellationToken) => Task.FromResult<Bookmark?>(null);
}
