using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

/// <summary>The record of retention clean-ups in the database, so an administrator can read it after a restart.</summary>
internal sealed class EfCoreRetentionLog(LabFlowDbContext db) : IRetentionLog
{
    public async Task AddAsync(RetentionRun run, CancellationToken cancellationToken)
    {
        if (await db.Set<RetentionRunRow>().AnyAsync(r => r.Id == run.Id, cancellationToken))
        {
            return;
        }

        db.Add(ToRow(run));
        try
        {
            await db.SaveAndForgetAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Recorded by another node at the same moment: the run is in the log once, as it should be.
        }
    }

    public async Task<IReadOnlyList<RetentionRun>> ListAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.Set<RetentionRunRow>()
            .AsNoTracking()
            .OrderByDescending(r => r.At)
            .ThenByDescending(r => r.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToRun)];
    }

    private static RetentionRunRow ToRow(RetentionRun run) => new()
    {
        Id = run.Id,
        At = run.At.ToUniversalTime(),
        Period = run.Period,
        Cutoff = run.Cutoff.ToUniversalTime(),
        LabIds = DomainJson.Serialize(run.LabIds),
        TaskAnswersCleared = run.TaskAnswersCleared,
        CommentsRemoved = run.CommentsRemoved,
        PeopleRemoved = run.PeopleRemoved,
        JournalEntriesRemoved = run.JournalEntriesRemoved,
        HistoryNotesCleared = run.HistoryNotesCleared,
        StateValuesCleared = run.StateValuesCleared,
        EmailsBlanked = run.EmailsBlanked,
        IdeasCleared = run.IdeasCleared,
    };

    private static RetentionRun ToRun(RetentionRunRow row) => new(
        row.Id,
        row.At,
        row.Period,
        row.Cutoff,
        DomainJson.Deserialize<List<Guid>>(row.LabIds),
        row.TaskAnswersCleared,
        row.CommentsRemoved,
        row.PeopleRemoved,
        row.JournalEntriesRemoved,
        row.HistoryNotesCleared,
        row.StateValuesCleared,
        row.EmailsBlanked,
        row.IdeasCleared);
}
