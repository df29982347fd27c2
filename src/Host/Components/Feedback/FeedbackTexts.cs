using System.Globalization;
using LabFlow.Activities.Feedback;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Feedback;

/// <summary>The texts of step feedback on the task page, the flow's improvement inbox and its step statistics, in Swedish and English.</summary>
internal static class FeedbackTexts
{
    // Task page.
    public static string FeedbackTitle => T("Återkoppling på steget", "Feedback on this step");
    public static string FeedbackIntro => T(
        "Hjälp projektteamet att förbättra flödet: betygsätt steget och berätta vad som fungerade och inte. Du kan ändra din återkoppling senare.",
        "Help the project team improve the flow: rate this step and say what worked and what did not. You can change your feedback later.");
    public static string RatingLegend => T("Hur väl fungerade steget? (1 = inte alls, 5 = mycket bra)", "How well did this step work? (1 = not at all, 5 = very well)");
    public static string Worked => T("Det här fungerade", "What worked");
    public static string DidNotWork => T("Det här fungerade inte", "What did not work");
    public static string SaveFeedback => T("Spara återkoppling", "Save feedback");
    public static string FeedbackSaved => T("Tack! Din återkoppling är sparad.", "Thank you! Your feedback is saved.");
    public static string YourEarlierRating(int rating) => T($"Ditt betyg hittills: {rating} av 5.", $"Your rating so far: {rating} of 5.");
    public static string SuggestTitle => T("Föreslå en förbättring", "Suggest an improvement");
    public static string SuggestIntro => T(
        "Förslaget går till projektteamet som formger flödet. Du får deras svar med e-post.",
        "The suggestion goes to the project team that designs the flow. You get their reply by email.");
    public static string SuggestionLabel => T("Vad kan bli bättre i flödet?", "What could be better in the flow?");
    public static string SendSuggestion => T("Skicka förslaget", "Send the suggestion");
    public static string SuggestionSent => T("Tack! Förslaget har skickats till projektteamet.", "Thank you! The suggestion was sent to the project team.");

    // Inbox.
    public static string InboxTitle(string flowId) => T($"Förbättringsförslag för {flowId}", $"Improvement suggestions for {flowId}");
    public static string InboxIntro => T(
        "Förslag från dem som arbetar i labben. Ändra status och svara; svaret skickas med e-post till den som föreslog.",
        "Suggestions from the people working in the labs. Change the status and reply; the reply is emailed to the person who suggested it.");
    public static string StatusFilter => T("Visa", "Show");
    public static string AllStatuses => T("Alla", "All");
    public static string NoSuggestions => T("Inga förslag här ännu.", "No suggestions here yet.");
    public static string Suggested(string step, string at) => T($"Steg {step}, {at}", $"Step {step}, {at}");
    public static string AdHocStep => T("(extra uppgift)", "(ad-hoc task)");
    public static string OpenTask => T("Öppna uppgiften", "Open the task");
    public static string CurrentStatus => T("Status", "Status");
    public static string Reply => T("Svar till den som föreslog", "Reply to the suggester");
    public static string EarlierReply => T("Tidigare svar", "Earlier reply");
    public static string SaveAnswer => T("Spara och skicka svaret", "Save and send the reply");
    public static string AnswerSaved => T("Sparat. Ett svar skickas med e-post.", "Saved. A reply is sent by email.");
    public static string BackToFlows => T("Tillbaka till flödena", "Back to the flows");
    public static string Inbox => T("Förbättringsförslag", "Suggestions");
    public static string OpenInbox(string flow) => T($"Förbättringsförslag för {flow}", $"Improvement suggestions for {flow}");

    public static string StatusName(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Planned => T("Planerat", "Planned"),
        SuggestionStatus.Done => T("Genomfört", "Done"),
        SuggestionStatus.Declined => T("Avböjt", "Declined"),
        _ => T("Nytt", "New"),
    };

    // Statistics.
    public static string StatisticsTitle(string flowId) => T($"Stegstatistik för {flowId}", $"Step statistics for {flowId}");
    public static string StatisticsIntro => T(
        "Hur varje steg har gått i flödets labb. Avbrutna labb och testkörningar räknas inte. Tider är dagar; andelar är av stegets körningar.",
        "How each step went in the flow's labs. Cancelled labs and test runs are not counted. Times are days; shares are of the step's runs.");
    public static string Statistics => T("Statistik", "Statistics");
    // Starts with the link's visible word, so speech control users can say what they see (WCAG 2.5.3).
    public static string OpenStatistics(string flow) => T($"Statistik per steg för {flow}", $"Statistics per step for {flow}");
    public static string VersionLabel => T("Version", "Version");
    public static string AllVersions => T("Alla versioner", "All versions");
    public static string LabsCounted(int labs) => T($"{labs} labb räknade.", $"{labs} labs counted.");
    public static string NoRuns => T("Inga steg har körts ännu i labb med det här flödet.", "No step has run yet in labs of this flow.");
    public static string TableCaption => T("Statistik per steg", "Statistics per step");
    public static string Step => T("Steg", "Step");
    public static string Runs => T("Körningar", "Runs");
    public static string MedianDays => T("Mediantid (dagar)", "Median time (days)");
    public static string PlannedDays => T("Planerad tid (dagar)", "Planned time (days)");
    public static string Overdue => T("Försenade", "Overdue");
    public static string Skipped => T("Hoppades över", "Skipped");
    public static string SentBack => T("Skickades tillbaka", "Sent back");
    public static string Rating => T("Snittbetyg", "Average rating");
    public static string LatestComments => T("Senaste kommentarer", "Latest comments");
    public static string NotMeasured => T("–", "–");
    public static string RatingOf(double average, int count) => T($"{Number(average)} av 5 ({count} st)", $"{Number(average)} of 5 ({count})");
    public static string CommentLine(int rating, string? worked, string? didNotWork) =>
        $"{rating}/5: " + string.Join(" ", new[] { worked is null ? null : T($"Fungerade: {worked}", $"Worked: {worked}"), didNotWork is null ? null : T($"Fungerade inte: {didNotWork}", $"Did not work: {didNotWork}") }.Where(t => t is not null));

    public static string Loading => T("Laddar …", "Loading …");

    // The heat overlay on the designer's canvas.
    public static string HeatTitle => T("Stegstatistik på duken", "Step statistics on the canvas");
    public static string HeatToggle => T("Visa stegstatistik på duken", "Show step statistics on the canvas");
    public static string HeatLegend => T("Förklaring till färgerna", "Legend of the colours");
    public static string HeatTableCaption => T("Stegen på duken med sina siffror", "The steps on the canvas with their numbers");
    public static string HeatLevelColumn => T("Läge", "State");

    public static string HeatLevel(StepHeatLevel level) => level switch
    {
        StepHeatLevel.Review => T("Behöver ses över", "Needs review"),
        StepHeatLevel.Watch => T("Håll ögonen på", "Keep an eye on"),
        _ => T("Fungerar", "Works"),
    };

    public static string HeatMeaning(StepHeatLevel level) => level switch
    {
        StepHeatLevel.Review => T(
            "dubbel röd ram: minst hälften försenade, en tredjedel tillbakaskickade eller överhoppade, eller snittbetyg under 2,5",
            "double red border: at least half overdue, a third sent back or skipped, or an average rating under 2.5"),
        StepHeatLevel.Watch => T(
            "streckad gul ram: minst en femtedel försenade, en tiondel tillbakaskickade eller överhoppade, eller snittbetyg under 3,5",
            "dashed yellow border: at least a fifth overdue, a tenth sent back or skipped, or an average rating under 3.5"),
        _ => T("hel grön ram: inget av det ovan", "solid green border: none of the above"),
    };

    public static string HeatNodeLine(StepHeatLevel level, StepStatistics step) =>
        $"{HeatLevel(level)} · {T($"{step.Runs} körn.", $"{step.Runs} runs")} · {Percent(step.OverdueShare)} {T("förs.", "late")}"
        + (step.AverageRating is { } rating ? $" · {Number(rating)}/5" : string.Empty);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.GetCultureInfo(UiText.IsEnglish ? "en-GB" : "sv-SE"));

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string T(string swedish, string english) => UiText.Pick(swedish, english);
}
