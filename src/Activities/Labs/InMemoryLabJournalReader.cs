using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>The timeline's journal pages and a step's run history over the in-memory journal (tests and the engine on its own); the database reads only the page.</summary>
public sealed class InMemoryLabJournalReader(IWorkflowJournalStore journal) : ILabJournalReader
{
    public async Task<IReadOnlyList<JournalEntry>> ListStepRunHistoryAsync(Guid labId, string activityId, CancellationToken cancellationToken) =>
        [.. (await journal.ListAsync(labId, cancellationToken)).Where(e => e.Event switch
        {
            JournalEvent.WorkflowStarted or JournalEvent.WorkflowReplanned => true,
            JournalEvent.ActivityStarted => string.Equals(e.ActivityId, activityId, StringComparison.Ordinal),
            _ => false,
        })];

    public async Task<IReadOnlyList<JournalEntry>> ListNewestFirstAsync(
        Guid labId, IReadOnlyCollection<JournalEvent> events, LabTimelineKey? before, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. (await journal.ListAsync(labId, cancellationToken))
            .Where(e => events.Contains(e.Event))
            .Where(e => before is null || new LabTimelineKey(e.Timestamp, e.Sequence, Guid.Empty).ShowsAfter(before))
            .OrderByDescending(e => e.Timestamp.UtcTicks)
            .ThenByDescending(e => e.Sequence)
            .Take(take)];
    }
}
