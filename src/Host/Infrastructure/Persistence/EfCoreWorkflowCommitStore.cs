using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Writes a burst in one database transaction: the instance (a conditional UPDATE on its concurrency token), the
/// consumed bookmarks (an UPDATE that must find each one still open), new bookmarks, journal entries, the effects'
/// domain rows (<see cref="IEfCoreEffectWriter"/>) and outbox rows. The database decides every race, so several
/// processes may share it. The outbox is handed on only after the commit.
/// </summary>
internal sealed class EfCoreWorkflowCommitStore(
    LabFlowDbContext db,
    IEnumerable<IEfCoreEffectWriter> writers,
    EfCoreOutbox outbox,
    TimeProvider timeProvider) : IWorkflowCommitStore
{
    private readonly IEfCoreEffectWriter[] _writers = [.. writers];

    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUniversalTime();
        IReadOnlyList<IOutboxEffect> outboxEffects = [.. commit.Effects.OfType<IOutboxEffect>()];
        try
        {
            await WriteInTransactionAsync(commit, outboxEffects, now, cancellationToken);
        }
        catch (DbUpdateException exception) when (commit.ExpectedConcurrencyToken is null && DbErrors.IsUniqueViolation(exception))
        {
            // The start burst writes everything in one SaveChanges (issue 17: two before). A key that already exists
            // is the instance's own when another burst created a lab with this id first: the rolled-back transaction
            // is gone, so ask the database. Any other duplicate is a real error.
            db.ForgetLabFlowRows();
            if (await db.Instances.AsNoTracking().AnyAsync(i => i.Id == commit.Instance.Id, cancellationToken))
            {
                throw new ConcurrencyConflictException(commit.Instance.Id, 0);
            }

            throw;
        }
        finally
        {
            // A failed burst must leave nothing tracked for the retry that re-runs it in this scope.
            db.ForgetLabFlowRows();
        }

        await outbox.DispatchAsync(outboxEffects, cancellationToken);
    }

    private async Task WriteInTransactionAsync(WorkflowCommit commit, IReadOnlyList<IOutboxEffect> outboxEffects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The instance's UPDATE first: on PostgreSQL its row lock then orders every burst of the lab, so two bursts
        // never wait on each other's bookmark rows (no deadlock), and the loser's UPDATE matches no row.
        await WriteInstanceAsync(commit, cancellationToken);
        foreach (var bookmarkId in commit.BookmarksConsumed)
        {
            var consumed = await db.Bookmarks
                .Where(b => b.Id == bookmarkId && b.ConsumedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ConsumedAt, now), cancellationToken);
            if (consumed != 1)
            {
                throw new BookmarkAlreadyConsumedException(bookmarkId);
            }
        }

        db.Bookmarks.AddRange(commit.BookmarksAdded.Select(RowMapper.ToRow));
        db.Journal.AddRange(commit.JournalEntries.Select(RowMapper.ToRow));
        foreach (var effect in commit.Effects)
        {
            foreach (var writer in _writers)
            {
                if (writer.CanWrite(effect))
                {
                    await writer.WriteAsync(db, commit, effect, cancellationToken);
                }
            }
        }

        outbox.Add(outboxEffects, commit.Instance.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task WriteInstanceAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        var instance = commit.Instance;
        var row = RowMapper.ToRow(instance);
        if (commit.ExpectedConcurrencyToken is not { } expected)
        {
            // Inserted with the burst's other rows in its one SaveChanges (EF Core orders the rows that refer to it
            // after it); a lab created with this id first makes that SaveChanges fail on the primary key.
            db.Instances.Add(row);
            return;
        }

        var updated = await db.Instances
            .Where(i => i.Id == instance.Id && i.ConcurrencyToken == expected)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(i => i.Status, row.Status)
                    .SetProperty(i => i.ConcurrencyToken, row.ConcurrencyToken)
                    .SetProperty(i => i.UpdatedAt, row.UpdatedAt)
                    .SetProperty(i => i.FinishedAt, row.FinishedAt)
                    .SetProperty(i => i.DefinitionVersion, row.DefinitionVersion)
                    .SetProperty(i => i.State, row.State),
                cancellationToken);
        if (updated != 1)
        {
            throw new ConcurrencyConflictException(instance.Id, expected);
        }

        await db.InstancePhases.Where(p => p.InstanceId == instance.Id).ExecuteDeleteAsync(cancellationToken);
        db.InstancePhases.AddRange(row.Phases);
    }
}
