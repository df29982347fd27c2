using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using Microsoft.Extensions.Logging;

namespace LabFlow.Workflows.Persistence.InMemory;

/// <summary>
/// Instances, bookmarks and journal in memory behind one lock, so a commit is atomic. Readers get copies:
/// nothing outside can change what the store holds. Outbox effects are dispatched after the commit.
/// </summary>
public sealed partial class InMemoryWorkflowStore(
    IEnumerable<IWorkflowEffectDispatcher> dispatchers,
    IEnumerable<IInMemoryCommitParticipant> participants,
    ILogger<InMemoryWorkflowStore> logger) : IWorkflowInstanceStore, IBookmarkStore, IWorkflowJournalStore, IWorkflowCommitStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, WorkflowInstance> _instances = [];
    private readonly Dictionary<Guid, Bookmark> _open = [];
    private readonly Dictionary<Guid, Bookmark> _consumed = [];
    private readonly Dictionary<Guid, List<StoredEntry>> _journal = [];
    private readonly IWorkflowEffectDispatcher[] _dispatchers = [.. dispatchers];
    private readonly IInMemoryCommitParticipant[] _participants = [.. participants];

    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        var instanceId = commit.Instance.Id;

        // Copied before the store-wide lock, which every burst of every lab takes: only the checks and the swaps need it.
        // A burst's own commit is kept as it is: the state and bookmarks were made for it (a resumed lab's state is a
        // copy of what the store holds) and the runner drops them after the commit, so nothing outside can change them;
        // that copy was a large part of the JSON nodes a short flow allocated (issue 17). What the store holds is still
        // never changed in place and every read still gets a copy.
        var owned = commit.FromBurst;
        var stored = owned ? commit.Instance : Copy(commit.Instance);
        var added = new Bookmark[commit.BookmarksAdded.Count];
        for (var i = 0; i < added.Length; i++)
        {
            added[i] = owned ? commit.BookmarksAdded[i] : Copy(commit.BookmarksAdded[i]);
        }

        // A lab's journal stays in memory for as long as the store does, and every garbage collection copies what
        // the flows since the last one stored: entries are kept inline (no object each) and their data as its JSON,
        // a tenth of the bytes of a copied node tree.
        // Built here, so a lab's first commit only hands its list over inside the lock (nothing allocated there: a
        // collection that began under the lock kept every other burst spinning on it).
        var entries = ToStoredEntries(commit);

        lock (_gate)
        {
            var existing = _instances.GetValueOrDefault(instanceId);
            if (commit.ExpectedConcurrencyToken is not { } expected)
            {
                if (existing is not null)
                {
                    throw new ConcurrencyConflictException(instanceId, 0);
                }
            }
            else if (existing is null || existing.ConcurrencyToken != expected)
            {
                throw new ConcurrencyConflictException(instanceId, expected);
            }

            foreach (var bookmarkId in commit.BookmarksConsumed)
            {
                if (!_open.ContainsKey(bookmarkId))
                {
                    throw new BookmarkAlreadyConsumedException(bookmarkId);
                }
            }

            foreach (var participant in _participants)
            {
                participant.Check(commit);
            }

            _instances[instanceId] = stored;
            foreach (var bookmarkId in commit.BookmarksConsumed)
            {
                _consumed[bookmarkId] = _open[bookmarkId];
                _open.Remove(bookmarkId);
            }

            foreach (var bookmark in added)
            {
                _open[bookmark.Id] = bookmark;
            }

            if (_journal.TryGetValue(instanceId, out var journal))
            {
                journal.AddRange(entries);
            }
            else
            {
                _journal.Add(instanceId, entries);
            }

            foreach (var participant in _participants)
            {
                participant.Apply(commit);
            }
        }

        // Only after the commit: a burst that did not commit never schedules a timer or sends anything.
        var outbox = commit.Effects.OfType<IOutboxEffect>().ToList();
        if (outbox.Count > 0)
        {
            foreach (var dispatcher in _dispatchers)
            {
                try
                {
                    await dispatcher.DispatchAsync(outbox, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The commit stands; a timer that was not scheduled is found by the next due-timer sweep.
                    LogDispatchFailed(logger, exception, instanceId);
                }
            }
        }
    }

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        WorkflowInstance? instance;
        lock (_gate)
        {
            instance = _instances.GetValueOrDefault(instanceId);
        }

        // Outside the lock: what the store holds is replaced by a commit, never changed in place.
        return Task.FromResult(instance is null ? null : Copy(instance));
    }

    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<WorkflowInstance> result =
            [
                .. _instances.Values
                    .Where(i => query.DefinitionId is null || i.DefinitionId == query.DefinitionId)
                    .Where(i => query.Status is null || i.Status == query.Status)
                    .Where(i => query.ActivePhase is null || i.ActivePhases.Contains(query.ActivePhase))
                    .OrderBy(i => i.CreatedAt)
                    .ThenBy(i => i.Id)
                    .Skip(query.Skip)
                    .Take(query.Take)
                    .Select(Copy),
            ];
            return Task.FromResult(result);
        }
    }

    Task<Bookmark?> IBookmarkStore.FindAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_open.TryGetValue(bookmarkId, out var bookmark) ? Copy(bookmark) : null);
        }
    }

    public Task<Bookmark?> FindConsumedAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_consumed.TryGetValue(bookmarkId, out var bookmark) ? Copy(bookmark) : null);
        }
    }

    public Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListBookmarks(b => b.InstanceId == instanceId, b => b.CreatedAt);

    public Task<IReadOnlyList<Bookmark>> ListByKeyAsync(string kind, string key, CancellationToken cancellationToken) =>
        ListBookmarks(b => b.Kind == kind && b.Key == key, b => b.CreatedAt);

    public async Task<IReadOnlyList<Bookmark>> ListDueTimersAsync(DateTimeOffset dueBy, int take, CancellationToken cancellationToken)
    {
        var due = await ListBookmarks(b => b.Kind == BookmarkKinds.Timer && b.DueAt <= dueBy, b => b.DueAt!.Value);
        return [.. due.Take(take)];
    }

    Task<IReadOnlyList<JournalEntry>> IWorkflowJournalStore.ListAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<JournalEntry> entries = _journal.TryGetValue(instanceId, out var journal)
                ? [.. journal.OrderBy(e => e.Sequence).Select(e => e.ToEntry(instanceId))]
                : [];
            return Task.FromResult(entries);
        }
    }

    private Task<IReadOnlyList<Bookmark>> ListBookmarks(Func<Bookmark, bool> predicate, Func<Bookmark, DateTimeOffset> orderBy)
    {
        lock (_gate)
        {
            IReadOnlyList<Bookmark> result = [.. _open.Values.Where(predicate).OrderBy(orderBy).Select(Copy)];
            return Task.FromResult(result);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching the effects of a commit of lab {WorkflowInstanceId} failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, Guid workflowInstanceId);

    private static WorkflowInstance Copy(WorkflowInstance instance) =>
        instance with
        {
            ActivePhases = [.. instance.ActivePhases],
            State = WorkflowStateCopier.Copy(instance.State),
        };

    private static Bookmark Copy(Bookmark bookmark) => bookmark with { Data = (JsonObject?)bookmark.Data?.DeepClone() };

    private static List<StoredEntry> ToStoredEntries(WorkflowCommit commit)
    {
        var entries = new List<StoredEntry>(commit.JournalEntries.Count);
        if (commit.JournalEntries is BurstJournal journal && journal.InstanceId == commit.Instance.Id)
        {
            // A burst's own journal: its records are read as they are, without an entry object each.
            foreach (ref readonly var record in journal.Records)
            {
                entries.Add(StoredEntry.Of(record.Sequence, record.Timestamp, record.Event, record.Actor, record.ActivityId, record.Outcome, record.Message, record.Data));
            }

            return entries;
        }

        foreach (var entry in commit.JournalEntries)
        {
            entries.Add(StoredEntry.Of(entry.Sequence, entry.Timestamp, entry.Event, entry.Actor, entry.ActivityId, entry.Outcome, entry.Message, entry.Data));
        }

        return entries;
    }

    /// <summary>A journal entry as the store keeps it: inline, without its lab's id, its data as UTF-8 JSON.</summary>
    private readonly record struct StoredEntry(
        long Sequence, DateTimeOffset Timestamp, JournalEvent Event, string Actor, string? ActivityId, string? Outcome, string? Message, byte[]? Data)
    {
        public static StoredEntry Of(
            long sequence, DateTimeOffset timestamp, JournalEvent journalEvent, string actor, string? activityId, string? outcome, string? message, JsonObject? data) =>
            new(sequence, timestamp, journalEvent, actor, activityId, outcome, message, data is null ? null : JournalDataEncoder.Encode(data));

        public JournalEntry ToEntry(Guid instanceId) =>
            new(instanceId, Sequence, Timestamp, Event, Actor, ActivityId, Outcome, Message, Data is null ? null : JsonNode.Parse(Data)!.AsObject());
    }
}
