namespace LabFlow.Activities.Messages;

/// <summary>The refusal of a stand-in whose period is over (<see cref="Tasks.StandInRule"/>, <see cref="Tasks.TaskService"/>).</summary>
public static class StandInPeriodMessages
{
    public static readonly MessageText PeriodOver = new(
        "standin.period_over",
        "Din tid som ersättare för {name} är slut, så du kan inte längre slutföra uppgiften '{title}' åt hen. {name} gör den själv, eller be processledaren att ge den till dig.",
        "Your period as stand-in for {name} is over, so you can no longer complete task '{title}' for them. {name} completes it, or ask the facilitator to give it to you.");
}
