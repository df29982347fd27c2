using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Scheduling;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// The working set of one burst: a private copy of the instance state and everything the burst produced,
/// turned into one <see cref="WorkflowCommit"/> at the end.
/// </summary>
internal sealed class WorkflowBurst
{
    public WorkflowBurst(
        WorkflowDefinition definition,
        Guid instanceId,
        WorkflowInstance? original,
        WorkflowState state,
        IEnumerable<Bookmark> openBookmarks,
        string actor,
        TimeProvider timeProvider)
    {
        Definition = definition;
        Graph = FlowGraph.Of(definition);
        InstanceId = instanceId;
        Original = original;
        State = state;
        OpenBookmarks = openBookmarks.ToDictionary(b => b.Id);
        ExecutionCounts = new(definition.Activities.Count, StringComparer.Ordinal);
        Actor = actor;
        TimeProvider = timeProvider;
        Journal = new BurstJournal(instanceId, JournalCapacity(definition, original));
        _stepTime = timeProvider.GetUtcNow();
    }

    public WorkflowDefinition Definition { get; }

    public FlowGraph Graph { get; }

    public Guid InstanceId { get; }

    /// <summary>The instance as loaded; <c>null</c> when this burst starts the lab.</summary>
    public WorkflowInstance? Original { get; }

    /// <summary>For a start on its flow's latest version: when that version was published (<see cref="WorkflowCommit.LatestVersionPublishedAt"/>).</summary>
    public DateTimeOffset? LatestVersionPublishedAt { get; init; }

    public WorkflowState State { get; }

    /// <summary>Bookmarks open in the store and not consumed by this burst (yet).</summary>
    public Dictionary<Guid, Bookmark> OpenBookmarks { get; }

    public string Actor { get; }

    public TimeProvider TimeProvider { get; }

    public List<Bookmark> Added { get; } = [];

    public List<Guid> Consumed { get; } = [];

    public BurstJournal Journal { get; }

    public List<IWorkflowEffect> Effects { get; } = [];

    public LinkedList<WorkItem> Queue { get; } = new();

    /// <summary>An End was reached or the lab was cancelled: nothing runs any more.</summary>
    public bool Ended { get; set; }

    public WorkflowStatus? FinalStatus { get; set; }

    public int Executed { get; set; }

    public Dictionary<string, int> ExecutionCounts { get; }

    /// <summary>
    /// The time of the step that runs: read once when the burst and each step begin (<see cref="BeginStep"/>), so the
    /// step's journal entries, its scripts' <c>now</c>, its bookmarks and incidents carry one time. The clock was read
    /// three to five times per step before, and a read cost 0.2 µs or more on the benchmark VM (issue 17).
    /// </summary>
    public DateTimeOffset Now => _stepTime;

    private DateTimeOffset _stepTime;

    /// <summary>Reads the clock for the step that begins.</summary>
    public void BeginStep() => _stepTime = TimeProvider.GetUtcNow();

    public void Record(JournalEvent journalEvent, string? activityId = null, string? outcome = null, string? message = null, JsonObject? data = null, string? actor = null)
    {
        State.JournalSequence++;
        Journal.Add(new JournalRecord(State.JournalSequence, Now, journalEvent, actor ?? Actor, activityId, outcome, message, data));
    }

    /// <summary>
    /// Room for the entries a burst is likely to record, so the inline list rarely grows: a start records about three
    /// per activity it runs (capped: most labs stop at their first task), a resume a handful.
    /// </summary>
    private static int JournalCapacity(WorkflowDefinition definition, WorkflowInstance? original) =>
        original is null ? Math.Min((definition.Activities.Count * 3) + 2, 64) : 8;

    public void Enqueue(WorkItem item) => Queue.AddLast(item);

    /// <summary>Consumes a bookmark that was resumed, without cancelling its timer (it fired, or was resumed by hand).</summary>
    public void ConsumeResumed(Bookmark bookmark)
    {
        OpenBookmarks.Remove(bookmark.Id);
        Consumed.Add(bookmark.Id);
    }

    /// <summary>Whether a token holds a bookmark, persisted or created in this burst.</summary>
    public bool HoldsBookmarks(Guid tokenId)
    {
        foreach (var bookmark in OpenBookmarks.Values)
        {
            if (bookmark.TokenId == tokenId)
            {
                return true;
            }
        }

        foreach (var bookmark in Added)
        {
            if (bookmark.TokenId == tokenId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Closes every bookmark a token holds, persisted or created in this burst; each gets a <see cref="BookmarkClosed"/>
    /// effect, and a persisted timer a <see cref="CancelTimer"/>.
    /// </summary>
    public void CloseBookmarksOf(Guid tokenId, string reason)
    {
        foreach (var bookmark in OpenBookmarks.Values.Where(b => b.TokenId == tokenId).ToList())
        {
            OpenBookmarks.Remove(bookmark.Id);
            Consumed.Add(bookmark.Id);
            Effects.Add(new BookmarkClosed(RandomIds.NewGuid(), InstanceId, bookmark.Id, bookmark.ActivityId, bookmark.Kind, reason));
            if (bookmark.Kind == BookmarkKinds.Timer)
            {
                Effects.Add(new CancelTimer(RandomIds.NewGuid(), InstanceId, bookmark.Id));
            }
        }

        // Created in this burst: never stored, so they are simply not added (their timers are never scheduled).
        foreach (var bookmark in Added.Where(b => b.TokenId == tokenId).ToList())
        {
            Added.Remove(bookmark);
            Effects.Add(new BookmarkClosed(RandomIds.NewGuid(), InstanceId, bookmark.Id, bookmark.ActivityId, bookmark.Kind, reason));
        }
    }

    /// <summary>
    /// Moves a stored timer: the old bookmark is consumed (its scheduled job is cancelled and would find nothing) and
    /// a new one on the same branch and with the same data waits for <paramref name="dueAt"/>.
    /// </summary>
    public Bookmark ReplaceTimer(Bookmark timer, DateTimeOffset dueAt)
    {
        OpenBookmarks.Remove(timer.Id);
        Consumed.Add(timer.Id);
        Effects.Add(new CancelTimer(RandomIds.NewGuid(), InstanceId, timer.Id));
        var replacement = timer with { Id = RandomIds.NewTimeOrdered(), DueAt = dueAt, CreatedAt = Now, Data = (JsonObject?)timer.Data?.DeepClone() };
        Added.Add(replacement);
        return replacement;
    }

    /// <summary>Closes a held branch (waiting or faulted): its bookmarks, its incident, and the journal says why.</summary>
    public void CancelToken(TokenState token, string reason)
    {
        State.Tokens.Remove(token);
        State.Incidents.RemoveAll(i => i.TokenId == token.Id);
        CloseBookmarksOf(token.Id, reason);
        Record(JournalEvent.ActivityCancelled, token.ActivityId, message: reason);
    }

    /// <summary>The phases of the activities where branches are held, in the order the definition declares them.</summary>
    public IReadOnlyList<string> ComputeActivePhases()
    {
        if (State.Tokens.Count == 0)
        {
            return [];
        }

        var held = State.Tokens
            .Select(t => Graph.FindActivity(t.ActivityId)?.Phase)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return [.. Definition.Phases.Select(p => p.Id).Where(held.Contains)];
    }

    public WorkflowCommit ToCommit(WorkflowStatus status, DateTimeOffset? finishedAt)
    {
        var now = Now;
        var instance = new WorkflowInstance
        {
            Id = InstanceId,
            DefinitionId = Definition.Id,
            DefinitionVersion = Definition.Version,
            Status = status,
            ActivePhases = ComputeActivePhases(),
            ConcurrencyToken = (Original?.ConcurrencyToken ?? 0) + 1,
            CreatedAt = Original?.CreatedAt ?? now,
            UpdatedAt = now,
            FinishedAt = finishedAt,
            State = State,
        };

        var effects = new List<IWorkflowEffect>(Effects);
        foreach (var bookmark in Added)
        {
            // A loop, not LINQ: most bursts add no bookmark, and the iterators were allocated for every commit.
            if (bookmark.Kind == BookmarkKinds.Timer && bookmark.DueAt is { } dueAt)
            {
                effects.Add(new ScheduleTimer(RandomIds.NewGuid(), InstanceId, bookmark.Id, dueAt));
            }
        }

        // The journal is handed over, not copied: a burst records nothing after its commit is made.
        return new WorkflowCommit(instance, Original?.ConcurrencyToken, [.. Added], [.. Consumed], Journal, effects)
        {
            FromBurst = true,
            LatestVersionPublishedAt = LatestVersionPublishedAt,
        };
    }
}
