using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Labs;

/// <summary>
/// A lab's journal read a page at a time, newest first, for its timeline (<see cref="LabTimelineQuery"/>), and the
/// few entries a step's run is measured from (<see cref="Time.StepRuns"/>).
/// </summary>
public interface ILabJournalReader
{
    /// <summary>
    /// The lab's entries a step's run is measured from, oldest first: the lab's starts and replans
    /// (<see cref="JournalEvent.WorkflowStarted"/>, <see cref="JournalEvent.WorkflowReplanned"/>) and the starts of
    /// <paramref name="activityId"/> (<see cref="JournalEvent.ActivityStarted"/>). Read for every task a burst
    /// creates, so the database reads these rows only, not the whole journal.
    /// </summary>
    Task<IReadOnlyList<JournalEntry>> ListStepRunHistoryAsync(Guid labId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// At most <paramref name="take"/> of the lab's entries of <paramref name="events"/>, newest first (instant, then
    /// sequence), older than <paramref name="before"/> when given.
    /// </summary>
    Task<IReadOnlyList<JournalEntry>> ListNewestFirstAsync(
        Guid labId, IReadOnlyCollection<JournalEvent> events, LabTimelineKey? before, int take, CancellationToken cancellationToken);
}
