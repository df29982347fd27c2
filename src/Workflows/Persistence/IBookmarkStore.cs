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
}
