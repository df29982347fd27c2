using LabFlow.Activities.Organisation;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// While a person is away, their stand-in gets their work as well: a task created on a day the assignee (or a
/// candidate) is away also goes to the stand-in, who is kept informed of it (sees it under Mina uppgifter and gets
/// its reminders), with a note in the task's history; a reminder due on such a day also goes to the stand-in, and
/// the task with it. The stand-in may act on such a task for the away person (<see cref="LabTask.MayComplete"/>):
/// complete it, with "as stand-in for" in its history, and read its answers as a doer does, not the rest of the
/// step (<see cref="AnswerReadRule"/>). The task stays the away person's, so nothing has to be handed back when
/// they return; whoever of the two is first completes it.
/// </summary>
public sealed class StandInRule(IStandIns standIns)
{
    /// <summary>The task with the stand-ins of its doers who are away on <paramref name="day"/> added, and a history note for each.</summary>
    public async Task<LabTask> ApplyToNewTaskAsync(LabTask task, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var added = await CoveringAsync(task, day, cancellationToken);
        if (added.Count == 0)
        {
            return task;
        }

        return task with
        {
            Informed = [.. task.Informed, .. added.Select(s => s.StandInId).Distinct()],
            History =
            [
                .. task.History,
                .. added.Select(s => new TaskHistoryEntry(at, WorkflowActors.System, TaskHistoryKind.StandIn, s.PersonId, s.StandInId, StandInNote(s))),
            ],
        };
    }

    /// <summary>The stand-ins who should get a reminder of <paramref name="task"/> due on <paramref name="day"/> and are not involved in it yet.</summary>
    public async Task<IReadOnlyList<Guid>> ReminderStandInsAsync(LabTask task, DateOnly day, CancellationToken cancellationToken) =>
        [.. (await CoveringAsync(task, day, cancellationToken)).Select(s => s.StandInId).Distinct()];

    /// <summary>
    /// Whether <paramref name="personId"/> may complete <paramref name="task"/> on <paramref name="day"/>: a doer
    /// always; a stand-in only while the away person's stand-in period (as it stands now) still names them and covers
    /// the day, since the period's end hands the work back.
    /// </summary>
    public async Task<bool> MayCompleteAsync(LabTask task, Guid personId, DateOnly day, CancellationToken cancellationToken)
    {
        if (task.IsFor(personId))
        {
            return true;
        }

        return task.StandsInFor(personId) is { } away
            && await standIns.GetAsync(away, cancellationToken) is { } period
            && period.StandInId == personId
            && period.Covers(day);
    }

    /// <summary>The history note: the period, as data (the page words it in the reader's language).</summary>
    public static string StandInNote(StandIn standIn) => $"{standIn.From:yyyy-MM-dd}–{standIn.To:yyyy-MM-dd}";

    private async Task<IReadOnlyList<StandIn>> CoveringAsync(LabTask task, DateOnly day, CancellationToken cancellationToken)
    {
        List<Guid> doers = task.AssigneeId is { } assignee ? [assignee] : [.. task.Candidates];
        if (doers.Count == 0)
        {
            return [];
        }

        var covering = await standIns.ListCoveringAsync(doers, day, cancellationToken);
        // A stand-in who is already a doer or kept informed has the task; a stand-in who is away too is skipped, not chained.
        return [.. covering.Where(s => !task.Involves(s.StandInId) && !doers.Contains(s.StandInId))];
    }
}
