using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>The texts of the holiday calendar page in Swedish and English.</summary>
internal static class HolidayTexts
{
    public static string Title => UiText.Pick("Lovkalender", "Holiday calendar");

    public static string Intro => UiText.Pick(
        "Perioder då hela organisationen har semester, till exempel vecka 28–31. Inga förfallodatum eller påminnelser hamnar i en period: ett datum i perioden flyttas till första arbetsdagen efter den. Öppna uppgifter får nya datum när du ändrar kalendern. Helgdagar hanteras som förut.",
        "Periods when the whole organisation is on holiday, such as weeks 28–31. No due date or reminder falls in a period: a date in it moves to the first working day after it. Open tasks get new dates when you change the calendar. Public holidays work as before.");

    public static string NoPeriods => UiText.Pick("Inga lovperioder är inlagda.", "No holiday periods have been added.");

    public static string Name => UiText.Pick("Namn", "Name");

    public static string Start => UiText.Pick("Första dag", "First day");

    public static string End => UiText.Pick("Sista dag", "Last day");

    public static string Add => UiText.Pick("Lägg till period", "Add period");

    public static string Remove => UiText.Pick("Ta bort", "Remove");

    public static string RemoveLabel(string name) => UiText.Pick($"Ta bort {name}", $"Remove {name}");

    public static string NameRequired => UiText.Pick("Ge perioden ett namn, till exempel Sommaruppehåll.", "Give the period a name, such as Summer break.");

    public static string DatesRequired => UiText.Pick("Ange periodens första och sista dag.", "Give the period's first and last day.");

    public static string EndBeforeStart => UiText.Pick("Sista dagen ligger före den första; välj en sista dag samma dag eller senare.", "The last day lies before the first; choose a last day on or after the first.");

    public static string TooLong(int max) => UiText.Pick($"En lovperiod är högst {max} dagar; dela upp den eller korta den.", $"A holiday period is at most {max} days; split it or shorten it.");

    public static string Saved(string name, int moved) => UiText.Pick(
        $"{name} är sparad. {moved} öppna uppgifter fick nytt förfallodatum.",
        $"{name} is saved. {moved} open tasks got a new due date.");

    public static string Removed(string name, int moved) => UiText.Pick(
        $"{name} är borttagen. {moved} öppna uppgifter fick nytt förfallodatum.",
        $"{name} is removed. {moved} open tasks got a new due date.");
}
