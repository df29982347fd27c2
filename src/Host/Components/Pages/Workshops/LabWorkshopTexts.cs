using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Workshops;

/// <summary>The lab's workshop page and the facilitator's clock, Swedish first with English.</summary>
internal static class LabWorkshopTexts
{
    public static string Title => UiText.Pick("Workshoppar", "Workshops");

    public static string BackToLab => UiText.Pick("Tillbaka till labbet", "Back to the lab");

    public static string Intro => UiText.Pick(
        "Här ser du labbets workshoppar med tid, plats och agenda. Processledaren kan ändra tid, plats och möteslänk; de inbjudna får då en uppdaterad kalenderinbjudan.",
        "Here are the lab's workshops with time, place and agenda. The facilitator can change the time, place and meeting link; the invited people then get an updated calendar invitation.");

    public static string NoWorkshops => UiText.Pick("Labbets flöde har inga workshoppar.", "The lab's flow has no workshops.");

    public static string Day => UiText.Pick("Dag", "Day");

    public static string NotPlanned => UiText.Pick("inte bestämd än", "not decided yet");

    public static string StartTime => UiText.Pick("Starttid", "Start time");

    public static string StartTimeHint => UiText.Pick("Till exempel 13:00.", "For example 13:00.");

    public static string Duration => UiText.Pick("Längd i minuter", "Length in minutes");

    public static string Place => UiText.Pick("Plats", "Place");

    public static string MeetingLink => UiText.Pick("Möteslänk", "Meeting link");

    public static string MeetingLinkHint => UiText.Pick("En webbadress som börjar med https://, eller tomt.", "A web address starting with https://, or empty.");

    public static string Time => UiText.Pick("Tid", "Time");

    public static string None => UiText.Pick("ingen", "none");

    public static string Changed => UiText.Pick("Labbet har ändrat tid eller plats från flödets.", "The lab changed the time or place from the flow's.");

    public static string ChangeHeading(string workshop) => UiText.Pick($"Ändra tid och plats för {workshop}", $"Change the time and place of {workshop}");

    public static string Save => UiText.Pick("Spara och skicka inbjudan igen", "Save and send the invitation again");

    public static string Saved(string workshop) => UiText.Pick(
        $"Tid och plats för {workshop} är sparade. De som redan är inbjudna får en uppdaterad inbjudan.",
        $"The time and place of {workshop} are saved. Those already invited get an updated invitation.");

    public static string OpenClock => UiText.Pick("Öppna klockan för workshoppen", "Open the workshop's clock");

    public static string ClockTitle(string workshop) => UiText.Pick($"Klocka: {workshop}", $"Clock: {workshop}");

    public static string BackToWorkshops => UiText.Pick("Tillbaka till workshopparna", "Back to the workshops");

    public static string ClockIntro => UiText.Pick(
        "Klockan räknar ner varje punkt på agendan. Starta, pausa och gå vidare med knapparna; klockan går bara i din webbläsare.",
        "The clock counts down each item of the agenda. Start, pause and move on with the buttons; the clock runs only in your browser.");

    public static string ClockForFacilitators => UiText.Pick(
        "Klockan är till för labbets processledare. Be en processledare i labbet om du ska leda workshoppen.",
        "The clock is for the lab's facilitators. Ask a facilitator of the lab if you are to lead the workshop.");

    public static string NoAgenda => UiText.Pick(
        "Workshoppen har ingen agenda med minuter. Lägg till punkter med minuter i flödets workshopsteg.",
        "The workshop has no agenda with minutes. Add items with minutes to the flow's workshop step.");

    public static string WorkshopNotFound(string activityId) => UiText.Pick(
        $"Labbet har ingen workshop '{activityId}'. Välj en workshop på labbets workshopsida.",
        $"The lab has no workshop '{activityId}'. Choose a workshop on the lab's workshop page.");

    public static string Now => UiText.Pick("Nu", "Now");

    public static string TimeLeft => UiText.Pick("Tid kvar", "Time left");

    public static string OverTime => UiText.Pick("över tiden", "over time");

    public static string Next => UiText.Pick("Sedan", "Next");

    public static string Last => UiText.Pick("Sista punkten", "Last item");

    public static string Start => UiText.Pick("Starta", "Start");

    public static string Pause => UiText.Pick("Pausa", "Pause");

    public static string NextItem => UiText.Pick("Nästa punkt", "Next item");

    public static string PreviousItem => UiText.Pick("Föregående punkt", "Previous item");

    public static string ItemOf(int number, int count) => UiText.Pick($"Punkt {number} av {count}", $"Item {number} of {count}");

    public static string NowAnnouncement(string title, int minutes) => UiText.Pick($"Nu: {title}, {minutes} minuter.", $"Now: {title}, {minutes} minutes.");

    public static string TimeUp(string title) => UiText.Pick($"Tiden för {title} är slut.", $"Time is up for {title}.");

    public static string Paused => UiText.Pick("Klockan är pausad.", "The clock is paused.");
}
