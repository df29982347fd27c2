namespace LabFlow.Activities.Organisation;

/// <summary>
/// A person's stand-in while they are away (vikarie / ersättare): from <see cref="From"/> to <see cref="To"/>, both
/// days included (Stockholm dates), tasks created for the person and reminders due to them go to
/// <see cref="StandInId"/> as well (<see cref="Tasks.StandInRule"/>).
/// </summary>
public sealed record StandIn(Guid PersonId, Guid StandInId, DateOnly From, DateOnly To)
{
    /// <summary>The longest period one stand-in may cover; a longer absence is a reassignment, not a stand-in.</summary>
    public const int MaxDays = 366;

    public bool Covers(DateOnly day) => From <= day && day <= To;

    /// <summary>What is wrong with the period, by field; empty when it can be stored.</summary>
    public IReadOnlyDictionary<string, string> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (StandInId == PersonId)
        {
            problems["standInId"] = "A person cannot stand in for themselves; choose someone else.";
        }

        if (To < From)
        {
            problems["to"] = $"The period ends ({To:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd}); choose an end date on or after the start.";
        }
        else if (To < today)
        {
            problems["to"] = $"The period ended on {To:yyyy-MM-dd}, before today; choose an end date from today on.";
        }
        else if (To.DayNumber - From.DayNumber >= MaxDays)
        {
            problems["to"] = $"The period is longer than {MaxDays} days; shorten it, or have the open tasks reassigned instead.";
        }

        return problems;
    }
}
