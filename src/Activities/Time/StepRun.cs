namespace LabFlow.Activities.Time;

/// <summary>
/// One run of a step against the first run of the same step in the lab: a loop (the evaluation's <i>iterate</i>)
/// or a gate's <i>send back</i> runs a step again, and that run keeps the first run's spacing instead of getting
/// dates that already lie in the past (docs/lab-activities.md, "Steps that run again").
/// </summary>
/// <param name="Repeated">Whether the step ran before in this lab.</param>
/// <param name="ShiftDays">Days this run's start-relative dates move; 0 for a first run.</param>
public sealed record StepRun(bool Repeated, int ShiftDays)
{
    /// <summary>The step's first run in the lab: its dates are the plan's.</summary>
    public static StepRun First { get; } = new(false, 0);

    /// <summary>
    /// A start-relative date of this run: a first run keeps the plan's date; a repeated run moves it by
    /// <see cref="ShiftDays"/>, off weekends and holidays to the working day before, and never before
    /// <paramref name="today"/> (then it becomes the first working day from today).
    /// </summary>
    public DateOnly Place(DateOnly planned, DateOnly today, LabCalendar calendar)
    {
        if (!Repeated)
        {
            return planned;
        }

        // The plan's dates were working days the flow's author chose; a shift of any number of days can land on a weekend.
        var date = ShiftDays > 0 ? calendar.DueDate(planned.AddDays(ShiftDays)) : planned;
        return date < today ? calendar.WorkingDayFrom(today) : date;
    }
}
