using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>The launch form's workshop section, in Swedish and English.</summary>
internal static class LaunchWorkshopTexts
{
    public static string Workshops => UiText.Pick("Workshoppar: tid och plats", "Workshops: time and place");

    public static string Hint => UiText.Pick(
        "Fyll i det ni redan vet. Det du lämnar tomt tar flödets dag och tid. Processledarna kan ändra allt senare på labbets workshopsida, och inbjudan skickas då igen.",
        "Fill in what you already know. What you leave empty takes the flow's day and time. The facilitators can change everything later on the lab's workshop page, and the invitation is then sent again.");

    public static string Date => UiText.Pick("Dag", "Day");

    public static string StartTime => UiText.Pick("Starttid", "Start time");

    public static string Location => UiText.Pick("Plats", "Place");

    public static string MeetingLink => UiText.Pick("Möteslänk", "Meeting link");

    public static string MeetingLinkHint => UiText.Pick("En hel adress som börjar med https://", "A whole address starting with https://");
}
