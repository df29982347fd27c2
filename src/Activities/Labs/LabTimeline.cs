using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Labs;

/// <summary>
/// One line of a lab's timeline: a journal <see cref="Entry"/>, or the skip of <see cref="SkippedTask"/> with the
/// reason its history keeps (<see cref="Skip"/>).
/// </summary>
public sealed record LabTimelineItem(DateTimeOffset At, long Sequence, JournalEntry? Entry, LabTask? SkippedTask = null, TaskHistoryEntry? Skip = null);

/// <summary>
/// What a lab's timeline shows: what a person did or what happened to the lab, not the engine's starts, waits and
/// variables, nor the completion of steps nobody sees. A skipped task shows once, as its skip: the step's completion
/// entry names the task it came from (<see cref="TaskKinds.JournalTaskId"/>), so the two are linked by id.
/// </summary>
public static class LabTimeline
{
    private static readonly HashSet<JournalEvent> Events =
    [
        JournalEvent.WorkflowStarted, JournalEvent.ActivityCompleted, JournalEvent.ActivityFaulted, JournalEvent.ActivitySkipped,
        JournalEvent.IncidentRetried, JournalEvent.WorkflowReplanned, JournalEvent.WorkflowFinished, JournalEvent.WorkflowCancelled,
    ];

    /// <summary>The journal events a timeline may show (completions only of named steps, <see cref="Shows"/>).</summary>
    public static IReadOnlyCollection<JournalEvent> ShownEvents => Events;

    /// <summary>The timeline, newest first; <paramref name="isNamedStep"/> says which steps' completions a person sees.</summary>
    public static IReadOnlyList<LabTimelineItem> Build(IReadOnlyList<JournalEntry> journal, IReadOnlyList<LabTask> tasks, Func<string?, bool> isNamedStep)
    {
        var skips = SkipsOf(tasks);
        var skippedTasks = skips.Select(s => s.SkippedTask!.Id).ToHashSet();
        var items = journal
            .Where(e => Shows(e, isNamedStep, skippedTasks))
            .Select(e => new LabTimelineItem(e.Timestamp, e.Sequence, e))
            .Concat(skips);
        return [.. items.OrderByDescending(i => i.At).ThenByDescending(i => i.Sequence)];
    }

    /// <summary>The skips of <paramref name="tasks"/> as timeline lines (after every journal entry of the same instant).</summary>
    public static IReadOnlyList<LabTimelineItem> SkipsOf(IReadOnlyList<LabTask> tasks) =>
        [.. tasks.SelectMany(t => t.History.Where(h => h.Kind == TaskHistoryKind.Skipped).Select(h => new LabTimelineItem(h.At, long.MaxValue, null, t, h)))];

    /// <summary>Whether a journal entry is a line of the timeline: a shown event, and for a completion a named step that was not skipped.</summary>
    public static bool Shows(JournalEntry entry, Func<string?, bool> isNamedStep, IReadOnlySet<Guid> skippedTasks)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(isNamedStep);
        ArgumentNullException.ThrowIfNull(skippedTasks);
        return Events.Contains(entry.Event)
            && (entry.Event != JournalEvent.ActivityCompleted
                || (isNamedStep(entry.ActivityId) && !(TaskOf(entry) is { } taskId && skippedTasks.Contains(taskId))));
    }

    /// <summary>The task a step's completion entry came from; null for other entries and for those written before entries named it.</summary>
    public static Guid? TaskOf(JournalEntry entry) =>
        entry.Data?[TaskKinds.JournalTaskId] is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;
}
