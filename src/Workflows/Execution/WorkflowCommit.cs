using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Journal;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// Everything one burst produced, written by <see cref="Persistence.IWorkflowCommitStore"/> in one transaction.
/// </summary>
/// <param name="Instance">The instance after the burst, carrying its new concurrency token.</param>
/// <param name="ExpectedConcurrencyToken">The token the burst read; <c>null</c> when the burst created the instance.</param>
/// <param name="BookmarksAdded">Bookmarks the burst created.</param>
/// <param name="BookmarksConsumed">Bookmarks the burst resumed or closed; the commit fails if one was already consumed.</param>
/// <param name="JournalEntries">The burst's steps, in order.</param>
/// <param name="Effects">Domain rows and outbox items the handlers produced.</param>
public sealed record WorkflowCommit(
    WorkflowInstance Instance,
    long? ExpectedConcurrencyToken,
    IReadOnlyList<Bookmark> BookmarksAdded,
    IReadOnlyList<Guid> BookmarksConsumed,
    IReadOnlyList<JournalEntry> JournalEntries,
    IReadOnlyList<IWorkflowEffect> Effects)
{
    /// <summary>
    /// Made by a burst, whose state, bookmarks and journal nothing else holds and nothing changes after the commit is
    /// made: a store in this process may keep them as they are instead of copying them.
    /// </summary>
    internal bool FromBurst { get; init; }

    /// <summary>
    /// Set on a start that asked for its flow's latest version: when the version it ran on was published. A store that
    /// checks it (<see cref="Persistence.IWorkflowCommitStore.ChecksLatestVersion"/>) commits only while that version,
    /// published then, is still the latest one not retracted, and throws <see cref="LatestVersionChangedException"/>
    /// otherwise.
    /// </summary>
    public DateTimeOffset? LatestVersionPublishedAt { get; init; }
}
