using LabFlow.Activities.Labs;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Journal;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>
/// A page of a lab's journal for its timeline: one query on the journal's key (the lab's entries), keyset on
/// (instant, sequence) newest first, only the events a timeline shows. A step's run history likewise reads only its rows.
/// </summary>
internal sealed class EfCoreLabJournalReader(LabFlowDbContext db) : ILabJournalReader
{
    private const string Started = nameof(JournalEvent.WorkflowStarted);
    private const string Replanned = nameof(JournalEvent.WorkflowReplanned);
    private const string ActivityStarted = nameof(JournalEvent.ActivityStarted);

    // Read for every task a burst creates (issue 17): compiled once per model, and only the rows StepRuns measures
    // from, where it read and parsed the lab's whole journal before (session 16).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, string, IAsyncEnumerable<JournalEntryRow>>> StepRunHistoryRows = new(() =>
        EF.CompileAsyncQuery<LabFlowDbContext, Guid, string, JournalEntryRow>((db, labId, activityId) =>
            db.Journal.AsNoTracking()
                .Where(e => e.InstanceId == labId
                    && (e.Event == Started || e.Event == Replanned || (e.Event == ActivityStarted && e.ActivityId == activityId)))
                .OrderBy(e => e.Sequence)));

    public async Task<IReadOnlyList<JournalEntry>> ListStepRunHistoryAsync(Guid labId, string activityId, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        await foreach (var row in StepRunHistoryRows.For(db)(db, labId, activityId).WithCancellation(cancellationToken))
        {
            entries.Add(RowMapper.ToEntry(row));
        }

        return entries;
    }

    public async Task<IReadOnlyList<JournalEntry>> ListNewestFirstAsync(
        Guid labId, IReadOnlyCollection<JournalEvent> events, LabTimelineKey? before, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var names = events.Select(e => e.ToString()).ToList();
        var rows = db.Journal.AsNoTracking().Where(e => e.InstanceId == labId && names.Contains(e.Event));
        if (before is { At: var at, Sequence: var sequence })
        {
            rows = rows.Where(e => e.Timestamp < at || (e.Timestamp == at && e.Sequence < sequence));
        }

        var page = await rows.OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.Sequence).Take(take).ToListAsync(cancellationToken);
        return [.. page.Select(RowMapper.ToEntry)];
    }
}
