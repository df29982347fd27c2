using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Labs;

/// <summary>A lab's journal read a page at a time, newest first, for its timeline (<see cref="LabTimelineQuery"/>).</summary>
public interface ILabJournalReader
{
    /// <summary>
    /// At most <paramref name="take"/> of the lab's entries of <paramref name="events"/>, newest first (instant, then
    /// sequence), older than <paramref name="before"/> when given.
    /// </summary>
    Task<IReadOnlyList<JournalEntry>> ListNewestFirstAsync(
        Guid labId, IReadOnlyCollection<JournalEvent> events, LabTimelineKey? before, int take, CancellationToken cancellationToken);
}
