using LabFlow.Activities.Collections;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>
/// Opens and closes collections in their burst's transaction, as <see cref="InMemoryCollectionStore"/> applies
/// them: opening an id already stored changes nothing, and only an open collection closes.
/// </summary>
internal sealed class CollectionEffectWriter : IEfCoreEffectWriter
{
    public bool CanWrite(IWorkflowEffect effect) => effect is CollectionOpened or CollectionClosed;

    public async Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case CollectionOpened opened:
                var id = opened.Collection.Id;
                if (Added(rows, id) is null && !await db.Set<CollectionRow>().AnyAsync(c => c.Id == id, cancellationToken))
                {
                    rows.Collections.Add(CollectionRows.ToRow(opened.Collection));
                }

                break;
            case CollectionClosed closed:
                var at = closed.At.ToUniversalTime();
                if (Added(rows, closed.CollectionId) is { } added)
                {
                    added.ClosedAt ??= at;
                    break;
                }

                await db.Set<CollectionRow>()
                    .Where(c => c.Id == closed.CollectionId && c.ClosedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedAt, at), cancellationToken);
                if (closed.ForgetVoters)
                {
                    // An anonymous vote's dots keep their voter only while they can be moved.
                    await db.Set<IdeaVoteRow>()
                        .Where(v => v.CollectionId == closed.CollectionId && v.VoterId != null)
                        .ExecuteUpdateAsync(s => s.SetProperty(v => v.VoterId, (Guid?)null), cancellationToken);
                }

                break;
        }
    }

    // A collection opened earlier in the same burst is not in the database until the commit store inserts its row.
    private static CollectionRow? Added(EffectRows rows, Guid collectionId) => rows.Collections.Find(c => c.Id == collectionId);
}
