using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Surveys;

/// <summary>The survey page a personal link opens, Swedish first with English.</summary>
internal static class SurveyTexts
{
    public static string PageTitle => UiText.Pick("Enkät", "Survey");

    public static string Intro => UiText.Pick(
        "Du svarar via en personlig länk och behöver inget konto. Länken tar emot ett svar.",
        "You are answering through a personal link and need no account. The link takes one answer.");

    public static string Expires(string date) => UiText.Pick($"Länken gäller till och med {date}.", $"The link works until {date}.");

    public static string Send => UiText.Pick("Skicka svaren", "Send the answers");

    public static string Sending => UiText.Pick("Skickar …", "Sending …");

    public static string ThanksTitle => UiText.Pick("Tack för dina svar!", "Thank you for your answers!");

    public static string Thanks => UiText.Pick(
        "Svaren är sparade. Du kan stänga sidan.",
        "Your answers are saved. You can close the page.");

    public static string UsedTitle => UiText.Pick("Enkäten är redan besvarad", "The survey has already been answered");

    public static string ExpiredTitle => UiText.Pick("Länken har slutat gälla", "The link has expired");

    public static string InvalidTitle => UiText.Pick("Länken fungerar inte", "The link does not work");

    public static string Loading => UiText.Pick("Hämtar enkäten …", "Loading the survey …");
}
