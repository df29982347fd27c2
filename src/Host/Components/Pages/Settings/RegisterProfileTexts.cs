using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Settings;

/// <summary>The participant register section of the settings page, Swedish first with English.</summary>
internal static class RegisterProfileTexts
{
    public static string Title => UiText.Pick("Uppgifter till projektets deltagarregister", "Details for the project's participant register");

    public static string NotAsked => UiText.Pick(
        "Du har inte svarat än. Svara en gång; du kan ändra dina svar här när du vill.",
        "You have not answered yet. Answer once; you can change your answers here whenever you like.");

    public static string Sex => UiText.Pick("Kön", "Sex");

    public static string Administration => UiText.Pick("Förvaltning", "Administration");

    public static string OtherOrganisation => UiText.Pick("Annan organisation", "Another organisation");

    public static string Organisation => UiText.Pick("Organisation", "Organisation");

    public static string Profession => UiText.Pick("Yrkesgrupp", "Profession group");

    public static string Save => UiText.Pick("Spara svaren", "Save the answers");

    public static string Saved => UiText.Pick("Dina svar är sparade.", "Your answers are saved.");
}
