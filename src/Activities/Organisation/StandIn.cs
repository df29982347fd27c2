using LabFlow.Activities.Messages;

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

    /// <summary>What is wrong with the stand-in and the period, by field (<c>standInId</c>, <c>to</c>); empty when it can be stored.</summary>
    public IReadOnlyDictionary<string, CodedMessage> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, CodedMessage>(StringComparer.Ordinal);
        if (StandInId == PersonId)
        {
            problems["standInId"] = StandInMessages.Self.Message;
        }

        if (To < From)
        {
            problems["to"] = StandInMessages.EndsBeforeStart.With(("from", From), ("to", To));
        }
        else if (To < today)
        {
            problems["to"] = StandInMessages.Ended.With(("to", To));
        }
        else if (To.DayNumber - From.DayNumber >= MaxDays)
        {
            problems["to"] = StandInMessages.TooLong.With(("max", MaxDays));
        }

        return problems;
    }
}
