using LabFlow.Activities.Labs;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Journal;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>
/// A page of a lab's journal for its timeline: one query on the journal's key (the lab's entries), keyset on
/// (instant, sequence) newest first, only the events a timeline shows. A step's run history likewise reads only its rows.
/// </summary>
internal sealed class EfCoreLabJournalReader(LabFlowDbContext db, WorkflowConnection connection) : ILabJournalReader
{
    private const string Started = nameof(JournalEvent.WorkflowStarted);
    private const string Replanned = nameof(JournalEvent.WorkflowReplanned);
    private const string ActivityStarted = nameof(JournalEvent.ActivityStarted);

    // Read for every task a burst creates (issue 17): only the rows StepRuns measures from, where it read and parsed
    // the lab's whole journal before (session 16), as a plain command on the scope's connection (session 18: EF Core's
    // query pipeline was two thirds of this read's allocations). The journal's key (InstanceId, Sequence) serves it.
    private const string SelectStepRunHistory = $"""
        SELECT "Sequence", "Timestamp", "Event", "Actor", "ActivityId", "Outcome", "Message", "Data" FROM "WorkflowJournal"
        WHERE "InstanceId" = @labId AND ("Event" IN ('{Started}', '{Replanned}') OR ("Event" = '{ActivityStarted}' AND "ActivityId" = @activityId))
        ORDER BY "Sequence"
        """;

    public Task<IReadOnlyList<JournalEntry>> ListStepRunHistoryAsync(Guid labId, string activityId, CancellationToken cancellationToken) =>
        connection.ListAsync(
            SelectStepRunHistory,
            command => command.With(db, "labId", labId).With(db, "activityId", activityId),
            reader => RowMapper.ToEntry(new JournalEntryRow
            {
                InstanceId = labId,
                Sequence = reader.GetInt64(0),
                Timestamp = WorkflowSql.ReadTime(reader, 1),
                Event = reader.GetString(2),
                Actor = reader.GetString(3),
                ActivityId = WorkflowSql.ReadNullableString(reader, 4),
                Outcome = WorkflowSql.ReadNullableString(reader, 5),
                Message = WorkflowSql.ReadNullableString(reader, 6),
                Data = WorkflowSql.ReadNullableString(reader, 7),
            }),
            cancellationToken);

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
