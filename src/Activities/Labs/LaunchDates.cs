using LabFlow.Activities.Time;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The rule that keeps a new lab from being overdue at birth: a flow whose preparation steps are due before day 0
/// (<c>{ "daysAfterStart": -35 }</c>) needs a start date far enough ahead. <see cref="EarliestStart"/> is what the
/// launch form offers and warns against; <see cref="OnOrAfterLaunch"/> is what a lab launched anyway gets.
/// </summary>
public static class LaunchDates
{
    /// <summary>How far ahead the search for an earliest start goes; a flow needing more is refused by nobody, only not helped.</summary>
    private const int SearchDays = 3 * 366;

    /// <summary>
    /// The earliest start date, from <paramref name="today"/> on, at which no step's start-relative due date
    /// (after the move to a working day) falls before <paramref name="today"/>. Steps without a start-relative due
    /// date (ISO dates, days after creation, scripts) do not count.
    /// </summary>
    public static DateOnly EarliestStart(WorkflowDefinition definition, DateOnly today, LabCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(calendar);
        var offsets = definition.Activities
            .Select(a => a.Inputs?["due"])
            .Select(due => RelativeDate.TryParse(due, out var relative) && relative.CountsFromStart ? relative : null)
            .OfType<RelativeDate>()
            .ToList();
        for (var start = today; start <= today.AddDays(SearchDays); start = start.AddDays(1))
        {
            if (offsets.TrueForAll(o => calendar.DueDate(o.Resolve(start, today)) >= today))
            {
                return start;
            }
        }

        return today.AddDays(SearchDays);
    }

    /// <summary>
    /// The due date a step gets: a preparation date (before the lab's <paramref name="start"/>) that was planned before
    /// the lab was launched (<paramref name="launchDay"/>) is moved to <paramref name="today"/>, the day the task is
    /// created (the launch day itself for the steps of the launch), so the task is not overdue when it appears. Tasks
    /// of one burst keep their order because they are created in it. A lab deliberately started in the past keeps the
    /// dates from its start on: those were its plan.
    /// </summary>
    public static DateOnly OnOrAfterLaunch(DateOnly due, DateOnly start, DateOnly launchDay, DateOnly today) =>
        due < launchDay && due < start && today > due ? today : due;
}
