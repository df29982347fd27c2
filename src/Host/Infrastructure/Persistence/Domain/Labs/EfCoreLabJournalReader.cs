using LabFlow.Activities.Labs;
using LabFlow.Workflows.Journal;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>
/// A page of a lab's journal for its timeline: one query on the journal's key (the lab's entries), keyset on
/// (instant, sequence) newest first, only the events a timeline shows.
/// </summary>
internal sealed class EfCoreLabJournalReader(LabFlowDbContext db) : ILabJournalReader
{
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
