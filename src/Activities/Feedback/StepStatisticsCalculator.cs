using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Feedback;

/// <summary>
/// The numbers of <see cref="StepStatistics"/>, from the tasks of the counted labs and their feedback. A run is one task
/// a step created (an "each participant" step counts one per person); ad-hoc tasks belong to no step and are left out.
/// <list type="bullet">
/// <item>Median time: days (to a tenth) from creation to completion, over the completed runs.</item>
/// <item>Planned: days from the Stockholm day of creation to the due date, the median over runs with a due date.</item>
/// <item>Overdue: a run with a due date that ended (completed, skipped or closed) on a later Stockholm day, or is still open after it.</item>
/// <item>Skipped: skipped by a facilitator. Sent back: completed with the outcome <see cref="PhaseGateHandler.SendBack"/>.</item>
/// <item>Rating: the average of the people's ratings; the latest comments are the newest feedback with text.</item>
/// </list>
/// </summary>
public static class StepStatisticsCalculator
{
    public static IReadOnlyList<StepStatistics> Compute(
        IEnumerable<LabTask> tasks, IEnumerable<StepFeedback> feedback, LabCalendar calendar, DateTimeOffset now)
    {
        var today = calendar.DateOf(now);
        var ratings = feedback.Where(f => f.ActivityId is not null).ToLookup(f => f.ActivityId!, StringComparer.Ordinal);
        return [.. tasks
            .Where(t => t.ActivityId is not null)
            .GroupBy(t => t.ActivityId!, StringComparer.Ordinal)
            .Select(step => Step(step.Key, [.. step], ratings[step.Key].ToList(), calendar, today))
            .OrderBy(s => s.ActivityId, StringComparer.Ordinal)];
    }

    private static StepStatistics Step(string activityId, List<LabTask> runs, List<StepFeedback> feedback, LabCalendar calendar, DateOnly today)
    {
        var completed = runs.Where(t => t is { Status: LabTaskStatus.Completed, ClosedAt: not null }).ToList();
        var durations = completed.Select(t => (t.ClosedAt!.Value - t.CreatedAt).TotalDays).ToList();
        var planned = runs.Where(t => t.Due is not null)
            .Select(t => (double)(t.Due!.Value.DayNumber - calendar.DateOf(t.CreatedAt).DayNumber)).ToList();
        var overdue = runs.Count(t => t.Due is { } due && (t.ClosedAt is { } closed ? calendar.DateOf(closed) > due : t.IsOpen && today > due));
        var skipped = runs.Count(t => t.Status == LabTaskStatus.Skipped);
        var sentBack = runs.Count(t => t.Status == LabTaskStatus.Completed && string.Equals(t.Outcome, PhaseGateHandler.SendBack, StringComparison.OrdinalIgnoreCase));
        var newest = runs.MaxBy(t => t.CreatedAt)!;
        return new StepStatistics(
            activityId,
            newest.Title,
            runs.Count,
            completed.Count,
            Median(durations) is { } median ? Math.Round(median, 1) : null,
            Median(planned),
            Share(overdue, runs.Count),
            Share(skipped, runs.Count),
            Share(sentBack, runs.Count),
            feedback.Count == 0 ? null : Math.Round(feedback.Average(f => f.Rating), 2),
            feedback.Count,
            [.. feedback.Where(f => f.HasComment).OrderByDescending(f => f.UpdatedAt).Take(FeedbackLimits.LatestComments)
                .Select(f => new StepComment(f.Rating, f.Worked, f.DidNotWork, f.UpdatedAt))]);
    }

    private static double Share(int count, int of) => of == 0 ? 0 : Math.Round((double)count / of, 4);

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
