using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Writes a burst in one database transaction: the instance (a conditional UPDATE on its concurrency token), the
/// consumed bookmarks (an UPDATE that must find each one still open), new bookmarks, journal entries, the effects'
/// domain rows (<see cref="IEfCoreEffectWriter"/>, <see cref="EffectRows"/>) and outbox rows. The database decides
/// every race, so several processes may share it. The outbox is handed on only after the commit.
/// </summary>
internal sealed class EfCoreWorkflowCommitStore(
    LabFlowDbContext db,
    WorkflowConnection connection,
    IEnumerable<IEfCoreEffectWriter> writers,
    EfCoreOutbox outbox,
    LoadedInstances loadedInstances,
    TimeProvider timeProvider) : IWorkflowCommitStore
{
    // Every write is a plain command on the context's connection and transaction (issue 17, see WorkflowConnection),
    // the effects' new rows and the outbox's too (EffectRows); SaveChanges runs only for a writer that tracked rows.
    // Each write names its parameters in the order WriteInstanceAsync gives their values: on SQLite they are bound by
    // index (WorkflowConnection.ExecuteAsync), so a statement's text is looked up once per connection, not per burst.
    private static readonly WorkflowStatement InsertInstance = new(
        """
        INSERT INTO "WorkflowInstances" ("Id", "DefinitionId", "DefinitionVersion", "Status", "ConcurrencyToken", "CreatedAt", "UpdatedAt", "FinishedAt", "State")
        VALUES (@id, @definitionId, @version, @status, @token, @createdAt, @updatedAt, @finishedAt, @state)
        """,
        "id", "version", "token", "updatedAt", "finishedAt", "state", "status", "definitionId", "createdAt");

    // A start on its flow's latest version as the runtime last saw it (WorkflowCommit.LatestVersionPublishedAt): the
    // INSERT itself checks that this version, published then, is still the latest one not retracted, as
    // EfCoreWorkflowDefinitionStore.FindLatestAsync would read it now, so the start needs no read of the head before
    // it (issue 17: a tenth of a durable start's CPU). No row inserted: the runtime reads the head and starts again.
    private static readonly WorkflowStatement InsertInstanceOnLatest = new(
        """
        INSERT INTO "WorkflowInstances" ("Id", "DefinitionId", "DefinitionVersion", "Status", "ConcurrencyToken", "CreatedAt", "UpdatedAt", "FinishedAt", "State")
        SELECT @id, @definitionId, @version, @status, @token, @createdAt, @updatedAt, @finishedAt, @state
        WHERE EXISTS (SELECT 1 FROM "WorkflowDefinitionVersions" WHERE "DefinitionId" = @definitionId AND "Version" = @version AND NOT "IsRetracted" AND "PublishedAt" = @publishedAt)
        AND NOT EXISTS (SELECT 1 FROM "WorkflowDefinitionVersions" WHERE "DefinitionId" = @definitionId AND "Version" > @version AND NOT "IsRetracted")
        """,
        "id", "version", "token", "updatedAt", "finishedAt", "state", "status", "definitionId", "createdAt", "publishedAt");

    private static readonly WorkflowStatement UpdateInstance = new(
        """
        UPDATE "WorkflowInstances" SET "Status" = @status, "ConcurrencyToken" = @token, "UpdatedAt" = @updatedAt, "FinishedAt" = @finishedAt,
        "DefinitionVersion" = @version, "State" = @state WHERE "Id" = @id AND "ConcurrencyToken" = @expected
        """,
        "id", "version", "token", "updatedAt", "finishedAt", "state", "status", "expected");

    // The same UPDATE for a burst that leaves the status as it read it (most resumes: a lab waits on its next task):
    // SQLite rewrites the status index's entry whenever "Status" is in the SET list, even with the same value, so
    // leaving it out saves that B-tree's page. The concurrency check is the same WHERE (see LoadedInstances).
    private static readonly WorkflowStatement UpdateInstanceKeepingStatus = new(
        """
        UPDATE "WorkflowInstances" SET "ConcurrencyToken" = @token, "UpdatedAt" = @updatedAt, "FinishedAt" = @finishedAt,
        "DefinitionVersion" = @version, "State" = @state WHERE "Id" = @id AND "ConcurrencyToken" = @expected
        """,
        "id", "version", "token", "updatedAt", "finishedAt", "state", "expected");

    private static readonly WorkflowStatement ConsumeBookmark = new(
        "UPDATE \"Bookmarks\" SET \"ConsumedAt\" = @now WHERE \"Id\" = @id AND \"ConsumedAt\" IS NULL", "now", "id");

    private static readonly WorkflowStatement DeletePhases = new("DELETE FROM \"WorkflowInstancePhases\" WHERE \"InstanceId\" = @id", "id");

    // A burst's rows are all its lab's, so the lab's id leads each column list and is bound once per statement; a
    // journal's entries also share the burst's actor (unless one names another) and number their sequence up by one,
    // and phases their position (WorkflowConnection.InsertAsync falls back to a parameter per row when they do not).
    private static readonly string[] PhaseColumns = ["InstanceId", "Position", "Phase"];

    private static readonly SharedColumns PhaseShared = new(Same: 1, Numbered: 1);

    private static readonly string[] BookmarkColumns = ["InstanceId", "Id", "ActivityId", "Kind", "Key", "CreatedAt", "DueAt", "Data", "TokenId", "ConsumedAt"];

    private static readonly SharedColumns BookmarkShared = new(Same: 1);

    private static readonly string[] JournalColumns = ["InstanceId", "Actor", "Sequence", "Timestamp", "Event", "ActivityId", "Outcome", "Message", "Data"];

    private static readonly SharedColumns JournalShared = new(Same: 2, Numbered: 2);

    private readonly IEfCoreEffectWriter[] _writers = [.. writers];

    // One per scope, like the commit store: emptied by every commit, also a failed one.
    private readonly EffectRows _effectRows = new();

    public bool ChecksLatestVersion => true;

    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUniversalTime();
        IReadOnlyList<IOutboxEffect> outboxEffects = [.. commit.Effects.OfType<IOutboxEffect>()];
        await PrepareOutsideTransactionAsync(commit, cancellationToken);

        // Everything that costs CPU and needs no database is done before the transaction: on SQLite it holds the
        // single write gate, so each millisecond here is one every waiting burst waits again (issue 17).
        var rows = new CommitRows(
            RowMapper.ToRow(commit.Instance),
            [.. commit.BookmarksAdded.Select(BookmarkValues)],
            [.. commit.JournalEntries.Select(JournalValues)],
            EfCoreOutbox.Rows(outboxEffects, commit.Instance.Id, now));

        // On SQLite the burst commits without its own fsync and waits below for a group flush of the WAL.
        await using var durability = await WorkflowCommitDurability.BeginAsync(db, cancellationToken);
        try
        {
            await WriteInTransactionAsync(commit, rows, outboxEffects, now, cancellationToken);
        }
        catch (Exception exception) when (commit.ExpectedConcurrencyToken is null && DbErrors.IsUniqueViolation(exception))
        {
            // The start burst inserts the instance in its one transaction. A key that already exists is the instance's
            // own when another burst created a lab with this id first: the rolled-back transaction is gone, so ask the
            // database. Any other duplicate is a real error.
            db.ForgetLabFlowRows();
            if (await db.Instances.AsNoTracking().AnyAsync(i => i.Id == commit.Instance.Id, cancellationToken))
            {
                throw new ConcurrencyConflictException(commit.Instance.Id, 0);
            }

            throw;
        }
        finally
        {
            // A failed burst must leave nothing tracked or buffered for the retry that re-runs it in this scope.
            db.ForgetLabFlowRows();
            _effectRows.Clear();
        }

        // Nobody hears of the burst (its caller, its timers and emails) before it is on disk.
        await durability.CommittedAsync(cancellationToken);
        await outbox.DispatchAsync(outboxEffects, cancellationToken);
    }

    private async Task PrepareOutsideTransactionAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        foreach (var effect in commit.Effects)
        {
            foreach (var writer in _writers)
            {
                if (writer is IInCommitOutboxEffectWriter preparing && preparing.CanWrite(effect))
                {
                    await preparing.PrepareAsync(commit, effect, cancellationToken);
                }
            }
        }
    }

    private async Task WriteInTransactionAsync(
        WorkflowCommit commit, CommitRows rows, IReadOnlyList<IOutboxEffect> outboxEffects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var phases = SqliteWriteGateMetrics.CommitPhase.Enabled ? new CommitPhaseTimer() : null;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        phases?.Ended("begin");

        // The instance's UPDATE first: on PostgreSQL its row lock then orders every burst of the lab, so two bursts
        // never wait on each other's bookmark rows (no deadlock), and the loser's UPDATE matches no row.
        var instancePhases = await WriteInstanceAsync(commit, rows.Instance, cancellationToken);
        if (commit.BookmarksConsumed.Count > 0)
        {
            foreach (var bookmarkId in commit.BookmarksConsumed)
            {
                if (await connection.ExecuteAsync(ConsumeBookmark, [now, bookmarkId], cancellationToken) != 1)
                {
                    throw new BookmarkAlreadyConsumedException(bookmarkId);
                }
            }
        }

        await connection.InsertAsync("Bookmarks", BookmarkColumns, BookmarkShared, rows.Bookmarks, static values => values, cancellationToken);
        await connection.InsertAsync("WorkflowJournal", JournalColumns, JournalShared, rows.Journal, static values => values, cancellationToken);
        phases?.Ended("statements");
        foreach (var effect in commit.Effects)
        {
            foreach (var writer in _writers)
            {
                if (writer.CanWrite(effect))
                {
                    await writer.WriteAsync(db, commit, effect, _effectRows, cancellationToken);
                }
            }
        }

        outbox.Add(outboxEffects, rows.Outbox, _effectRows);
        phases?.Ended("effects");
        await _effectRows.InsertAsync(db, connection, cancellationToken);
        phases?.Ended("effect_rows");
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        phases?.Ended("save_changes");
        await transaction.CommitAsync(cancellationToken);
        phases?.Ended("commit");
        loadedInstances.Remember(commit.Instance.Id, commit.Instance.ConcurrencyToken, rows.Instance.Status, instancePhases);
    }

    /// <summary>Inserts or conditionally updates the instance and, when they changed, its phase rows; returns its phases.</summary>
    private async Task<IReadOnlyList<string>> WriteInstanceAsync(WorkflowCommit commit, WorkflowInstanceRow row, CancellationToken cancellationToken)
    {
        var instance = commit.Instance;
        IReadOnlyList<string> phases = [.. row.Phases.Select(p => p.Phase)];
        var expected = commit.ExpectedConcurrencyToken;
        var keepsStatus = expected is { } loaded && loadedInstances.StatusIsUnchanged(instance.Id, loaded, row.Status);
        var latestPublishedAt = expected is null ? commit.LatestVersionPublishedAt : null;
        object?[] values = (expected, latestPublishedAt) switch
        {
            ({ } token, _) when keepsStatus => [row.Id, row.DefinitionVersion, row.ConcurrencyToken, row.UpdatedAt, row.FinishedAt, row.State, token],
            ({ } token, _) => [row.Id, row.DefinitionVersion, row.ConcurrencyToken, row.UpdatedAt, row.FinishedAt, row.State, row.Status, token],

            // A lab created with this id first makes the INSERT fail on the primary key (see CommitAsync).
            (null, null) => [row.Id, row.DefinitionVersion, row.ConcurrencyToken, row.UpdatedAt, row.FinishedAt, row.State, row.Status, row.DefinitionId, row.CreatedAt],
            (null, { } publishedAt) =>
                [row.Id, row.DefinitionVersion, row.ConcurrencyToken, row.UpdatedAt, row.FinishedAt, row.State, row.Status, row.DefinitionId, row.CreatedAt, publishedAt.ToUniversalTime()],
        };
        var statement = expected is not null ? keepsStatus ? UpdateInstanceKeepingStatus : UpdateInstance
            : latestPublishedAt is null ? InsertInstance : InsertInstanceOnLatest;
        if (await connection.ExecuteAsync(statement, values, cancellationToken) != 1)
        {
            throw latestPublishedAt is null
                ? new ConcurrencyConflictException(instance.Id, expected ?? 0)
                : new LatestVersionChangedException(instance.DefinitionId, instance.DefinitionVersion);
        }

        if (expected is { } read && loadedInstances.PhasesAreUnchanged(instance.Id, read, phases))
        {
            return phases;
        }

        if (expected is not null)
        {
            await connection.ExecuteAsync(DeletePhases, [instance.Id], cancellationToken);
        }

        await connection.InsertAsync("WorkflowInstancePhases", PhaseColumns, PhaseShared, row.Phases, p => [p.InstanceId, p.Position, p.Phase], cancellationToken);
        return phases;
    }

    private static object?[] BookmarkValues(Bookmark bookmark)
    {
        var row = RowMapper.ToRow(bookmark);
        return [row.InstanceId, row.Id, row.ActivityId, row.Kind, row.Key, row.CreatedAt, row.DueAt, row.Data, row.TokenId, null];
    }

    private static object?[] JournalValues(JournalEntry entry)
    {
        var row = RowMapper.ToRow(entry);
        return [row.InstanceId, row.Actor, row.Sequence, row.Timestamp, row.Event, row.ActivityId, row.Outcome, row.Message, row.Data];
    }

    /// <summary>A commit's rows, mapped (the state serialised) before its transaction begins.</summary>
    private sealed record CommitRows(
        WorkflowInstanceRow Instance, IReadOnlyList<object?[]> Bookmarks, IReadOnlyList<object?[]> Journal, IReadOnlyList<OutboxMessageRow> Outbox);

    /// <summary>Records each phase of a commit's transaction to <see cref="SqliteWriteGateMetrics.CommitPhase"/> when listened to.</summary>
    private sealed class CommitPhaseTimer
    {
        private long _phaseStart = System.Diagnostics.Stopwatch.GetTimestamp();

        public void Ended(string phase)
        {
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            SqliteWriteGateMetrics.CommitPhase.Record(
                System.Diagnostics.Stopwatch.GetElapsedTime(_phaseStart, now).TotalMilliseconds, new KeyValuePair<string, object?>(SqliteWriteGateMetrics.KindTag, phase));
            _phaseStart = now;
        }
    }
}
