using LabFlow.Activities.Collections;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>
/// Collections, submissions and votes in the database. Collections open and close with their burst
/// (<see cref="CollectionEffectWriter"/>); submissions and votes are written here.
/// </summary>
internal sealed class EfCoreCollectionStore(LabFlowDbContext db) : ICollectionStore, ICollectionCommands
{
    private IQueryable<CollectionRow> Collections => db.Set<CollectionRow>().AsNoTracking();

    public async Task<LabCollection?> FindAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var row = await Collections.FirstOrDefaultAsync(c => c.Id == collectionId, cancellationToken);
        return row is null ? null : CollectionRows.ToCollection(row);
    }

    public async Task<LabCollection?> FindByActivityAsync(Guid labId, string activityId, CancellationToken cancellationToken)
    {
        var row = await Collections
            .Where(c => c.LabId == labId && c.ActivityId == activityId)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : CollectionRows.ToCollection(row);
    }

    public async Task<IReadOnlyList<LabCollection>> ListByLabAsync(Guid labId, CancellationToken cancellationToken)
    {
        var rows = await Collections.Where(c => c.LabId == labId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(CollectionRows.ToCollection)];
    }

    public async Task<IReadOnlyList<IdeaSubmission>> ListSubmissionsAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IdeaSubmissionRow>().AsNoTracking()
            .Where(s => s.CollectionId == collectionId)
            .OrderBy(s => s.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(CollectionRows.ToSubmission)];
    }

    public async Task<IReadOnlyList<IdeaVote>> ListVotesAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IdeaVoteRow>().AsNoTracking()
            .Where(v => v.CollectionId == collectionId)
            .OrderBy(v => v.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(CollectionRows.ToVote)];
    }

    public async Task<VoterTally?> FindTallyAsync(Guid collectionId, Guid voterId, CancellationToken cancellationToken)
    {
        var row = await db.Set<VoterTallyRow>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.CollectionId == collectionId && t.VoterId == voterId, cancellationToken);
        return row is null ? null : new VoterTally(row.CollectionId, row.VoterId, row.VotesCast);
    }

    public async Task AddSubmissionAsync(IdeaSubmission submission, CancellationToken cancellationToken)
    {
        db.Add(CollectionRows.ToRow(submission));
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task<bool> CastVotesAsync(
        Guid collectionId, Guid voterId, IReadOnlyList<IdeaVote> votes, int votesPerPerson, CancellationToken cancellationToken)
    {
        var count = votes.Count;
        if (count > votesPerPerson)
        {
            return false;
        }

        return await db.InTransactionAsync(
            async () =>
            {
                // One statement adds the votes to the tally only while it stays within the limit: the database
                // serialises concurrent votes of one voter on the tally row, so together they never pass it.
                var counted = await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "VoterTallies" ("CollectionId", "VoterId", "VotesCast") VALUES ({collectionId}, {voterId}, {count})
                    ON CONFLICT ("CollectionId", "VoterId") DO UPDATE SET "VotesCast" = "VoterTallies"."VotesCast" + {count}
                    WHERE "VoterTallies"."VotesCast" + {count} <= {votesPerPerson}
                    """,
                    cancellationToken);
                if (counted == 0)
                {
                    return false;
                }

                db.AddRange(votes.Select(CollectionRows.ToRow));
                await db.SaveAndForgetAsync(cancellationToken);
                return true;
            },
            cancellationToken);
    }
}
