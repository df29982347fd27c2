using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Outbox;

/// <summary>
/// The outbox table: rows for a commit's outbox effects (inserted in the commit's transaction), handing them to every
/// <see cref="IWorkflowEffectDispatcher"/> after the commit, and marking them dispatched. A row whose dispatch
/// failed stays undispatched for the next sweep; dispatch is at least once, and the effect's id tells a repeat.
/// An effect that an <see cref="IInCommitOutboxEffectWriter"/> wrote in the commit itself is done when the commit is:
/// its row is written dispatched and nothing is handed on or updated for it afterwards.
/// </summary>
internal sealed partial class EfCoreOutbox(
    LabFlowDbContext db,
    IEnumerable<IWorkflowEffectDispatcher> dispatchers,
    IEnumerable<IEfCoreEffectWriter> writers,
    TimeProvider timeProvider,
    ILogger<EfCoreOutbox> logger)
{
    private readonly IWorkflowEffectDispatcher[] _dispatchers = [.. dispatchers];
    private readonly IInCommitOutboxEffectWriter[] _inCommit = [.. writers.OfType<IInCommitOutboxEffectWriter>()];

    /// <summary>
    /// One row per effect, its payload serialised, built before the commit's transaction begins (on SQLite that
    /// transaction holds the single write gate); <see cref="Add"/> then only marks them and adds them to the commit's rows.
    /// </summary>
    public static IReadOnlyList<OutboxMessageRow> Rows(IReadOnlyList<IOutboxEffect> effects, Guid? instanceId, DateTimeOffset now)
    {
        var at = now.ToUniversalTime();
        return [.. effects.Select(effect => new OutboxMessageRow
        {
            EffectId = effect.Id,
            InstanceId = instanceId,
            Type = OutboxEffectSerializer.Discriminator(effect.GetType()),
            Payload = OutboxEffectSerializer.Serialize(effect),
            CreatedAt = at,
        })];
    }

    /// <summary>
    /// Adds the <see cref="Rows"/> of <paramref name="effects"/> (in the same order) to the commit's
    /// <paramref name="effectRows"/>, which the caller inserts. Call it after the effect writers, which decide what is
    /// done in the commit.
    /// </summary>
    public void Add(IReadOnlyList<IOutboxEffect> effects, IReadOnlyList<OutboxMessageRow> rows, EffectRows effectRows)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            var row = rows[i];
            var done = WriterInCommit(effects[i]) is not null;
            row.DispatchedAt = done ? row.CreatedAt : null;
            row.Attempts = done ? 1 : 0;
            effectRows.Outbox.Add(row);
        }
    }

    /// <summary>
    /// After the commit of <see cref="Add"/>'s effects: tells the in-commit writers which of theirs committed, hands
    /// the other effects to every dispatcher and marks them dispatched when all succeeded.
    /// </summary>
    public Task<bool> DispatchAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken)
    {
        if (_inCommit.Length == 0 || effects.Count == 0)
        {
            return DispatchToAllAsync(effects, cancellationToken);
        }

        foreach (var writer in _inCommit)
        {
            var written = effects.Where(writer.WroteInCommit).ToList();
            if (written.Count > 0)
            {
                writer.Committed(written);
            }
        }

        return DispatchToAllAsync([.. effects.Where(e => WriterInCommit(e) is null)], cancellationToken);
    }

    /// <summary>Hands effects to every dispatcher; marks them dispatched when all succeeded.</summary>
    private async Task<bool> DispatchToAllAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken)
    {
        if (effects.Count == 0)
        {
            return true;
        }

        var succeeded = true;
        foreach (var dispatcher in _dispatchers)
        {
            try
            {
                await dispatcher.DispatchAsync(effects, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The commit stands; the rows stay undispatched and the sweep hands them on again.
                succeeded = false;
                LogDispatchFailed(exception, dispatcher.GetType().Name, effects.Count);
            }
        }

        var ids = effects.Select(e => e.Id).ToList();
        var rows = db.Outbox.Where(o => ids.Contains(o.EffectId) && o.DispatchedAt == null);
        if (succeeded)
        {
            var now = timeProvider.GetUtcNow().ToUniversalTime();
            await rows.ExecuteUpdateAsync(s => s.SetProperty(o => o.DispatchedAt, now).SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
        }
        else
        {
            await rows.ExecuteUpdateAsync(s => s.SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
        }

        return succeeded;
    }

    /// <summary>
    /// Hands on undispatched rows created at or before <paramref name="createdBy"/>, oldest first, in rounds of
    /// <paramref name="batchSize"/>; returns how many were dispatched.
    /// </summary>
    public async Task<int> DispatchPendingAsync(DateTimeOffset createdBy, int batchSize, CancellationToken cancellationToken)
    {
        var cutoff = createdBy.ToUniversalTime();
        var dispatched = 0;
        long after = 0;
        while (true)
        {
            var rows = await db.Outbox.AsNoTracking()
                .Where(o => o.DispatchedAt == null && o.CreatedAt <= cutoff && o.Sequence > after)
                .OrderBy(o => o.Sequence)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return dispatched;
            }

            after = rows[^1].Sequence;
            var effects = new List<IOutboxEffect>(rows.Count);
            foreach (var row in rows)
            {
                if (OutboxEffectSerializer.Deserialize(row.Type, row.Payload) is { } effect)
                {
                    effects.Add(effect);
                }
                else
                {
                    LogUnknownEffectType(row.Type, row.EffectId);
                }
            }

            if (await DispatchToAllAsync(effects, cancellationToken))
            {
                dispatched += effects.Count;
            }
        }
    }

    private IInCommitOutboxEffectWriter? WriterInCommit(IOutboxEffect effect) => Array.Find(_inCommit, w => w.WroteInCommit(effect));

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatcher {Dispatcher} failed on {EffectCount} committed outbox effect(s); the outbox sweep will hand them on again")]
    private partial void LogDispatchFailed(Exception exception, string dispatcher, int effectCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {EffectId} has type {EffectType}, which this version of LabFlow does not know; it stays undispatched")]
    private partial void LogUnknownEffectType(string effectType, Guid effectId);
}
