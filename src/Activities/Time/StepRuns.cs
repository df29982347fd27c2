using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Time;

/// <summary>
/// Tells a step whether it ran before in its lab and how far its dates move (<see cref="StepRun"/>).
/// </summary>
/// <remarks>
/// The source is the lab's journal, not the task rows: every activity type (tasks, workshops, collections,
/// follow-ups) records <see cref="JournalEvent.ActivityStarted"/> there when it runs, with the engine's time, while
/// only some of them write task rows (a follow-up writes its task months after it started). The journal also records
/// the lab's start date when the lab started and each time it moved (<see cref="JournalEvent.WorkflowStarted"/> and
/// <see cref="JournalEvent.WorkflowReplanned"/> carry the <c>lab</c> object), so the first run is measured against the
/// plan it ran on: a facilitator who moved the start date to make room for a loop does not get the loop pushed twice.
/// The journal is kept for as long as the lab runs (retention only clears finished labs).
/// </remarks>
public sealed class StepRuns(ILabJournalReader journal, LabCalendar calendar)
{
    /// <summary>
    /// This run of <paramref name="activityId"/> (running <paramref name="today"/>, with the lab starting on
    /// <paramref name="labStart"/>) against the step's first run in the lab.
    /// </summary>
    public async Task<StepRun> ReadAsync(Guid labId, string activityId, DateOnly labStart, DateOnly today, CancellationToken cancellationToken) =>
        Measure(await journal.ListStepRunHistoryAsync(labId, activityId, cancellationToken), activityId, labStart, today, calendar);

    /// <summary>
    /// A first run was <c>p1</c> days after the lab's start as it was then; this run is <c>p</c> days after the start
    /// as it is now. The dates move by <c>p − p1</c> days when this run is later in the plan, and not at all when it
    /// is not (the plan already gives it at least the first run's time).
    /// </summary>
    /// <param name="entries">
    /// The lab's journal, oldest first, or only its starts, replans and this step's starts
    /// (<see cref="ILabJournalReader.ListStepRunHistoryAsync"/>); the current burst's own entries are not in it yet.
    /// </param>
    internal static StepRun Measure(IReadOnlyList<JournalEntry> entries, string activityId, DateOnly labStart, DateOnly today, LabCalendar calendar)
    {
        DateOnly? startThen = null;
        foreach (var entry in entries)
        {
            switch (entry.Event)
            {
                case JournalEvent.WorkflowStarted or JournalEvent.WorkflowReplanned:
                    startThen = StartDateIn(entry) ?? startThen;
                    break;

                case JournalEvent.ActivityStarted when string.Equals(entry.ActivityId, activityId, StringComparison.Ordinal):
                    // A journal without the lab's start date (a lab without a lab context) counts from today's start.
                    var firstPlanDay = calendar.DateOf(entry.Timestamp).DayNumber - (startThen ?? labStart).DayNumber;
                    var planDay = today.DayNumber - labStart.DayNumber;
                    return new StepRun(Repeated: true, ShiftDays: Math.Max(0, planDay - firstPlanDay));
            }
        }

        return StepRun.First;
    }

    private static DateOnly? StartDateIn(JournalEntry entry) =>
        entry.Data is { } data && data["lab"] is JsonObject lab ? LabContext.ReadStartDate(lab) : null;
}
