using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Settings;

/// <summary>The texts of the stand-in section in Settings (<see cref="SettingsStandIn"/>).</summary>
internal static class StandInTexts
{
    public static string Title => UiText.Pick("Ersättare när du är borta", "Stand-in while you are away");

    public static string Intro => UiText.Pick(
        "Välj en kollega som får dina nya uppgifter och påminnelser också, medan du är borta. Uppgifterna är fortfarande dina; historiken visar att ersättaren fick dem.",
        "Choose a colleague who also gets your new tasks and reminders while you are away. The tasks stay yours; their history shows that the stand-in got them.");

    public static string Current(string name, DateOnly from, DateOnly to) => UiText.Pick(
        $"{name} är din ersättare från och med {UiText.Date(from)} till och med {UiText.Date(to)}.",
        $"{name} stands in for you from {UiText.Date(from)} to {UiText.Date(to)}, both days included.");

    public static string None => UiText.Pick("Du har ingen ersättare.", "You have no stand-in.");

    public static string Person => UiText.Pick("Ersättare", "Stand-in");

    public static string ChoosePerson => UiText.Pick("Välj en person", "Choose a person");

    public static string PersonHint => UiText.Pick("Personer i samma förvaltning som du.", "People in the same administration as you.");

    public static string From => UiText.Pick("Från och med", "From");

    public static string To => UiText.Pick("Till och med", "To");

    public static string Save => UiText.Pick("Spara ersättare", "Save stand-in");

    public static string Remove => UiText.Pick("Ta bort ersättaren", "Remove the stand-in");

    public static string Saved(string name) => UiText.Pick($"{name} är sparad som din ersättare.", $"{name} is saved as your stand-in.");

    public static string Removed => UiText.Pick("Ersättaren är borttagen.", "The stand-in was removed.");

    public static string PersonRequired => UiText.Pick("Välj vem som ska vara din ersättare.", "Choose who stands in for you.");

    public static string FromRequired => UiText.Pick("Ange första dagen du är borta.", "Enter the first day you are away.");

    public static string ToRequired => UiText.Pick("Ange sista dagen du är borta.", "Enter the last day you are away.");

    public static string ToBeforeFrom => UiText.Pick(
        "Sista dagen ligger före första dagen. Ange ett slutdatum samma dag som startdatumet eller senare.",
        "The last day is before the first. Enter an end date on or after the start date.");

    public static string ToInPast => UiText.Pick(
        "Perioden har redan tagit slut. Ange ett slutdatum från och med i dag.",
        "The period has already ended. Enter an end date from today on.");

    public static string TooLong => UiText.Pick(
        $"Perioden är längre än {Activities.Organisation.StandIn.MaxDays} dagar. Korta den, eller be en facilitator att flytta dina uppgifter.",
        $"The period is longer than {Activities.Organisation.StandIn.MaxDays} days. Shorten it, or ask a facilitator to reassign your tasks.");
}
