using System.Globalization;
using LabFlow.Activities.Tasks;

namespace LabFlow.Host.Components.Tasks;

/// <summary>
/// Every text of the task page in Swedish and English, chosen by the current UI culture (Swedish unless it is English).
/// Field labels, options and validation messages come from the form itself (<see cref="Workflows.Definitions.LocalizedText"/>).
/// </summary>
internal static class TaskTexts
{
    private static readonly CultureInfo SwedishDates = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo EnglishDates = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string PageTitleSuffix => "LabFlow";
    public static string NotFoundTitle => T("Uppgiften hittades inte", "Task not found");
    public static string NotFoundText => T("Det finns ingen uppgift med den adressen. Kontrollera länken i e-postmeddelandet.", "There is no task at this address. Check the link in the email.");
    public static string AccessDeniedTitle => T("Du har inte behörighet", "Access denied");
    public static string AccessDeniedText => T("Uppgiften hör till ett arbete (till exempel ett labb eller en konferens) som du inte har tillgång till. Kontakta processledaren om du behöver se den.", "The task belongs to work (such as a lab or a conference) you do not have access to. Contact its facilitator if you need to see it.");
    public static string NoPersonText => T("Ditt konto är inte kopplat till en person i LabFlow. Kontakta en administratör.", "Your account is not linked to a person in LabFlow. Contact an administrator.");
    public static string Loading => T("Laddar uppgiften …", "Loading the task …");
    public static string BoardTitle => T("Tavlan", "The board");
    public static string BoardOpen => T("Den här uppgiften gör du på tavlan. Den stängs av sig själv när tavlan stänger.", "You do this task on the board. It closes itself when the board closes.");
    public static string BoardClosed => T("Tavlan har stängt; där ser du resultatet.", "The board has closed; it shows the result.");
    public static string OpenBoard => T("Gå till tavlan", "Go to the board");

    public static string Phase => T("Fas", "Phase");
    public static string Due => T("Klart senast", "Due");
    public static string NoDueDate => T("Inget slutdatum", "No due date");
    public static string Opens => T("Öppnar", "Opens");
    public static string Status => T("Status", "Status");
    public static string Assignee => T("Ansvarig", "Assignee");
    public static string Informed => T("Hålls informerade", "Kept informed");
    public static string NobodyInformed => T("Ingen", "Nobody");
    public static string Instructions => T("Instruktioner", "Instructions");
    public static string Form => T("Formulär", "Form");
    public static string Answers => T("Svar", "Answers");
    public static string Comments => T("Kommentarer", "Comments");
    public static string NoComments => T("Inga kommentarer ännu.", "No comments yet.");
    public static string NewComment => T("Ny kommentar", "New comment");
    public static string SendComment => T("Skicka kommentar", "Send comment");
    public static string StandingInFor(string name) =>
        T($"Du är ersättare för {name} och kan slutföra uppgiften åt hen.", $"You stand in for {name} and may complete the task for them.");

    public static string CommentAdded => T("Kommentaren har lagts till.", "The comment was added.");
    public static string History => T("Historik", "History");
    public static string Claim => T("Ta uppgiften", "Take the task");
    public static string Claimed => T("Du har tagit uppgiften.", "You have taken the task.");
    public static string ClaimTaken => T("Någon annan i gruppen hann ta uppgiften före dig.", "Someone else in the group took the task before you.");
    public static string NotYours => T("Uppgiften ska göras av någon annan. Du kan läsa den och kommentera.", "Someone else does this task. You can read it and comment.");
    public static string NotOpenYet => T("Uppgiften går inte att slutföra förrän den öppnar.", "The task cannot be completed before it opens.");
    public static string Completed => T("Uppgiften är klar. Tack!", "The task is done. Thank you!");
    public static string AlreadyClosed => T("Uppgiften var redan avslutad, så inget ändrades.", "The task was already closed, so nothing was changed.");
    public static string Conflict => T("Uppgiften ändrades av någon annan samtidigt. Ladda om sidan och försök igen.", "The task was changed by someone else at the same time. Reload the page and try again.");
    public static string HandedOver => T(
        "Uppgiften har getts till någon annan medan du hade den öppen, så ingenting sparades. Sidan visar nu vem som har den.",
        "The task was given to someone else while you had it open, so nothing was saved. The page now shows who has it.");

    public static string Failed => T("Det gick inte att spara. Försök igen om en stund.", "It could not be saved. Try again in a while.");
    public static string Required => T("obligatoriskt", "required");
    public static string RequiredNote => T("Fält markerade med (obligatoriskt) måste fyllas i.", "Fields marked (required) must be filled in.");
    public static string Yes => T("Ja", "Yes");
    public static string No => T("Nej", "No");
    public static string Comment => T("Kommentar", "Comment");
    public static string NotAnswered => T("Inte besvarat", "Not answered");
    public static string AddRow => T("Lägg till rad", "Add row");
    public static string NoRows => T("Inga rader ännu.", "No rows yet.");
    public static string AnswersNotShared => T("Uppgiften är klar. Svaren visas bara för dem som steget delar dem med.", "The task is done. Its answers are shown only to the people the step shares them with.");
    public static string ReadOnlyBecause => T("Uppgiften är avslutad; svaren visas nedan.", "The task is closed; its answers are shown below.");
    public static string NoForm => T("Uppgiften har inget formulär.", "The task has no form.");
    public static string Unknown => T("okänd", "unknown");
    public static string System => T("LabFlow", "LabFlow");

    public static string ErrorSummaryTitle(int count) =>
        count == 1 ? T("1 svar behöver rättas", "1 answer needs fixing") : T($"{count} svar behöver rättas", $"{count} answers need fixing");

    public static string RowCount(int count) => count == 1 ? T("1 rad", "1 row") : T($"{count} rader", $"{count} rows");

    public static string Row(int number) => T($"Rad {number}", $"Row {number}");

    public static string RemoveRow(int number) => T($"Ta bort rad {number}", $"Remove row {number}");

    public static string RatingOf(int value) => T($"{value} av 5", $"{value} of 5");

    public static string Overdue(int days) =>
        days == 1 ? T("Försenad: förfallodagen passerades för 1 dag sedan.", "Overdue: the due date passed 1 day ago.")
        : T($"Försenad: förfallodagen passerades för {days} dagar sedan.", $"Overdue: the due date passed {days} days ago.");

    public static string DueToday => T("Ska vara klar i dag.", "Due today.");

    public static string Candidates(string names) => T($"Ej tagen ännu – någon av: {names}", $"Not taken yet – one of: {names}");

    public static string YouCanClaim => T("Du är en av dem som kan ta uppgiften.", "You are one of the people who can take the task.");

    public static string Unassigned => T("Ingen ansvarig", "No assignee");

    public static string? NumberRange(decimal? min, decimal? max)
    {
        var culture = CultureInfo.CurrentCulture;
        return (min, max) switch
        {
            ({ } from, { } to) => T($"Ett tal från {from.ToString(culture)} till {to.ToString(culture)}.", $"A number from {from.ToString(culture)} to {to.ToString(culture)}."),
            ({ } from, null) => T($"Ett tal, minst {from.ToString(culture)}.", $"A number, at least {from.ToString(culture)}."),
            (null, { } to) => T($"Ett tal, högst {to.ToString(culture)}.", $"A number, at most {to.ToString(culture)}."),
            _ => null,
        };
    }

    public static string Date(DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", IsEnglish ? EnglishDates : SwedishDates);

    public static string DateTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Activities.Time.LabCalendar.Stockholm);
        return local.ToString(IsEnglish ? "d MMMM yyyy HH:mm" : "d MMMM yyyy 'kl.' HH:mm", IsEnglish ? EnglishDates : SwedishDates);
    }

    public static string StatusName(LabTaskStatus status) => status switch
    {
        LabTaskStatus.Open => T("Öppen", "Open"),
        LabTaskStatus.Claimed => T("Tagen", "Taken"),
        LabTaskStatus.Completed => T("Klar", "Completed"),
        LabTaskStatus.Closed => T("Stängd", "Closed"),
        LabTaskStatus.Skipped => T("Överhoppad", "Skipped"),
        _ => status.ToString(),
    };

    public static string PhaseName(string phase) => phase switch
    {
        "prepare" => T("Förbereda", "Prepare"),
        "explore" => T("Utforska", "Explore"),
        "ideate" => T("Ta fram idéer", "Come up with ideas"),
        "prototype" => T("Testa idéer", "Test ideas"),
        "evaluate" => T("Utvärdera", "Evaluate"),
        "follow-up" or "followUp" => T("Följa upp", "Follow up"),

        // The phases of the other shipped flows (active measures, seminar, conference, leading change); a phase a
        // designer adds later still shows its id until the page reads names from the flow.
        "investigate" => T("Undersöka", "Investigate"),
        "analyse" => T("Analysera", "Analyse"),
        "act" => T("Åtgärda", "Act"),
        "plan" => T("Planera", "Plan"),
        "run" => T("Genomföra", "Run"),
        "share" => T("Dela", "Share"),
        "frame" => T("Rama in", "Frame"),
        "involve" => T("Planera delaktighet", "Plan involvement"),
        "lead" => T("Leda", "Lead"),
        "reflect" => T("Reflektera", "Reflect"),
        _ => phase,
    };

    public static string HistoryText(TaskHistoryKind kind, string actor, string? from, string? to) => kind switch
    {
        TaskHistoryKind.Created => to is null ? T("Uppgiften skapades.", "The task was created.") : T($"Uppgiften skapades för {to}.", $"The task was created for {to}."),
        TaskHistoryKind.Claimed => T($"{actor} tog uppgiften.", $"{actor} took the task."),
        TaskHistoryKind.Delegated => T($"{actor} lämnade över uppgiften till {to}.", $"{actor} handed the task over to {to}."),
        TaskHistoryKind.Reassigned => from is null
            ? T($"{actor} gav uppgiften till {to ?? T("en grupp", "a group")}.", $"{actor} gave the task to {to ?? "a group"}.")
            : T($"{actor} flyttade uppgiften från {from} till {to ?? T("en grupp", "a group")}.", $"{actor} moved the task from {from} to {to ?? "a group"}."),
        TaskHistoryKind.DueDateMoved => T($"{actor} flyttade slutdatumet.", $"{actor} moved the due date."),
        TaskHistoryKind.DraftSaved => T($"{actor} sparade ett utkast.", $"{actor} saved a draft."),
        TaskHistoryKind.Completed => from is null
            ? T($"{actor} slutförde uppgiften.", $"{actor} completed the task.")
            : T($"{actor} slutförde uppgiften som ersättare för {from}.", $"{actor} completed the task as stand-in for {from}."),
        TaskHistoryKind.Skipped => T($"{actor} hoppade över steget.", $"{actor} skipped the step."),
        TaskHistoryKind.Closed => T("Uppgiften stängdes.", "The task was closed."),
        TaskHistoryKind.StandIn => T($"Uppgiften gick också till {to}, som är ersättare medan {from} är borta.", $"The task also went to {to}, standing in while {from} is away."),
        TaskHistoryKind.NotNeeded => T("Uppgiften behövdes inte: steget gick vidare utan den.", "The task was not needed: the step went on without it."),
        _ => kind.ToString(),
    };

    private static string T(string swedish, string english) => IsEnglish ? english : swedish;
}
