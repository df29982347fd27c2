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
    /// <exception cref="LatestVersionChangedException">With <see cref="ChecksLatestVersion"/>: a start's version is no longer its flow's latest (see <see cref="WorkflowCommit.LatestVersionPublishedAt"/>).</exception>
    Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a start's commit checks <see cref="WorkflowCommit.LatestVersionPublishedAt"/> in its own write. Then the
    /// runtime may start a lab on the latest version it saw before, without reading the flow's head again: the commit
    /// refuses a version that is no longer the latest (another node published or retracted one), and the start runs
    /// again on a fresh read.
    /// </summary>
    bool ChecksLatestVersion => false;
}
