using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Persistence;

/// <summary>
/// Writes one burst's <see cref="WorkflowCommit"/> atomically: instance state, bookmarks added and consumed,
/// journal entries and effects commit together or not at all.
/// </summary>
public interface IWorkflowCommitStore
{
    /// <exception cref="ConcurrencyConflictException">The instance's token is not <see cref="WorkflowCommit.ExpectedConcurrencyToken"/>.</exception>
    /// <exception cref="BookmarkAlreadyConsumedException">A bookmark in <see cref="WorkflowCommit.BookmarksConsumed"/> no longer exists.</exception>
    Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken);
}
