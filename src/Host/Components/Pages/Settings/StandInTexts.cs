using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Settings;

/// <summary>The texts of the stand-in section in Settings (<see cref="SettingsStandIn"/>).</summary>
internal static class StandInTexts
{
    public static string Title => UiText.Pick("Ersättare när du är borta", "Stand-in while you are away");

    public static string Intro => UiText.Pick(
        "Välj en kollega som får dina nya uppgifter och påminnelser också, medan du är borta, och som kan slutföra dem åt dig. Uppgifterna är fortfarande dina; historiken visar vad ersättaren gjorde.",
        "Choose a colleague who also gets your new tasks and reminders while you are away, and who may complete them for you. The tasks stay yours; their history shows what the stand-in did.");

    public static string Current(string name, DateOnly from, DateOnly to) => UiText.Pick(
        $"{name} är din ersättare från och med {UiText.Date(from)} till och med {UiText.Date(to)}.",
        $"{name} stands in for you from {UiText.Date(from)} to {UiText.Date(to)}, both days included.");

    public static string None => UiText.Pick("Du har ingen ersättare.", "You have no stand-in.");

    public static string Person => UiText.Pick("Ersättare", "Stand-in");

    public static string PersonHint => UiText.Pick(
        "Sök på namn eller e-post. Ersättaren ska arbeta i samma förvaltning som du.",
        "Search by name or email. The stand-in works in the same administration as you.");

    public static string From => UiText.Pick("Från och med", "From");

    public static string To => UiText.Pick("Till och med", "To");

    public static string Save => UiText.Pick("Spara ersättare", "Save stand-in");

    public static string Remove => UiText.Pick("Ta bort ersättaren", "Remove the stand-in");

    public static string Saved(string name) => UiText.Pick($"{name} är sparad som din ersättare.", $"{name} is saved as your stand-in.");

    public static string Removed => UiText.Pick("Ersättaren är borttagen.", "The stand-in was removed.");
}
