using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>The board's themes, merges and rewordings, a moved closing time, and dots taken back, in the database.</summary>
internal sealed class EfCoreIdeaBoardStore(LabFlowDbContext db) : IIdeaBoardStore
{
    public async Task<IReadOnlyList<LabCollection>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<CollectionRow>().AsNoTracking().Where(c => c.ClosedAt == null).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(CollectionRows.ToCollection)];
    }

    public async Task<IReadOnlyList<IdeaCuration>> ListCurationsAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IdeaCurationRow>().AsNoTracking().Where(c => c.CollectionId == collectionId).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new IdeaCuration(r.IdeaId, r.CollectionId, r.Theme, r.MergedIntoId))];
    }

    public async Task SaveCurationAsync(IdeaCuration curation, CancellationToken cancellationToken)
    {
        var updated = await db.Set<IdeaCurationRow>()
            .Where(c => c.IdeaId == curation.IdeaId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Theme, curation.Theme).SetProperty(c => c.MergedIntoId, curation.MergedIntoId), cancellationToken);
        if (updated == 0)
        {
            db.Add(new IdeaCurationRow { IdeaId = curation.IdeaId, CollectionId = curation.CollectionId, Theme = curation.Theme, MergedIntoId = curation.MergedIntoId });
            await db.SaveAndForgetAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<IdeaRevision>> ListRevisionsAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IdeaRevisionRow>().AsNoTracking().Where(r => r.CollectionId == collectionId).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new IdeaRevision(r.Id, r.IdeaId, r.CollectionId, JsonNode.Parse(r.Answers)!.AsObject(), r.EditorId, r.At))];
    }

    public async Task AddRevisionAsync(IdeaRevision revision, CancellationToken cancellationToken)
    {
        db.Add(new IdeaRevisionRow
        {
            Id = revision.Id,
            IdeaId = revision.IdeaId,
            CollectionId = revision.CollectionId,
            Answers = revision.Answers.ToJsonString(),
            EditorId = revision.EditorId,
            At = revision.At.ToUniversalTime(),
        });
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task SetClosesAtAsync(Guid collectionId, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var row = await db.Set<CollectionRow>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == collectionId && c.ClosedAt == null, cancellationToken);
        if (row is null)
        {
            return;
        }

        // The column answers queries and the JSON is what reads return: both move together.
        var moved = CollectionRows.ToRow(CollectionRows.ToCollection(row) with { ClosesAt = closesAt });
        await db.Set<CollectionRow>()
            .Where(c => c.Id == collectionId && c.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosesAt, moved.ClosesAt).SetProperty(c => c.Data, moved.Data), cancellationToken);
    }

    public async Task<bool> RemoveVoteAsync(Guid collectionId, Guid voterId, Guid ideaId, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(
            async () =>
            {
                var vote = await db.Set<IdeaVoteRow>()
                    .Where(v => v.CollectionId == collectionId && v.VoterId == voterId && v.IdeaId == ideaId)
                    .OrderByDescending(v => v.Sequence)
                    .Select(v => (long?)v.Sequence)
                    .FirstOrDefaultAsync(cancellationToken);
                if (vote is not { } sequence
                    || await db.Set<IdeaVoteRow>().Where(v => v.Sequence == sequence).ExecuteDeleteAsync(cancellationToken) == 0)
                {
                    return false;
                }

                await db.Set<VoterTallyRow>()
                    .Where(t => t.CollectionId == collectionId && t.VoterId == voterId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.VotesCast, t => t.VotesCast - 1), cancellationToken);
                return true;
            },
            cancellationToken);
}
