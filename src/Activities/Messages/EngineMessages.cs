namespace LabFlow.Activities.Messages;

/// <summary>
/// The workflow engine's refusals (<c>WorkflowException.Code</c>). The engine core knows no language and writes one
/// precise English message; a Swedish reader gets the Swedish sentence for the code, an English reader the engine's own.
/// </summary>
public static class EngineMessages
{
    public static readonly MessageText InstanceNotFound = new(
        "engine.instance_not_found", "Labbet hittades inte. Kontrollera id:t.", "The lab was not found. Check the id.");

    public static readonly MessageText InstanceEnded = new(
        "engine.instance_ended",
        "Labbets flöde är redan avslutat eller avbrutet, så det finns inget kvar att göra.",
        "The lab's flow has already finished or been cancelled, so there is nothing left to do.");

    public static readonly MessageText DefinitionNotFound = new(
        "engine.definition_not_found",
        "Flödet eller den version som efterfrågas är inte publicerad. Kontrollera flödet och versionen, eller publicera den först.",
        "The flow or the version asked for is not published. Check the flow and version, or publish it first.");

    public static readonly MessageText DefinitionRetracted = new(
        "engine.definition_retracted",
        "Den här versionen av flödet är återkallad, så inga nya labb kan starta på den. Starta på den senaste versionen.",
        "This version of the flow is retracted, so no new lab can start on it. Start on the latest version.");

    public static readonly MessageText MissingInputs = new(
        "engine.missing_inputs",
        "Flödet kan inte starta: uppgifter som det kräver saknas. Fyll i alla obligatoriska fält.",
        "The flow cannot start: inputs it requires are missing. Fill in every required field.");

    public static readonly MessageText NoStartActivity = new(
        "engine.no_start_activity",
        "Flödet har ingen startaktivitet, så inget labb kan starta på det. Lägg till en Start i designern.",
        "The flow has no Start activity, so no lab can start on it. Add a Start in the designer.");

    public static readonly MessageText IncidentNotFound = new(
        "engine.incident_not_found",
        "Felet finns inte längre; någon kan redan ha försökt igen eller hoppat över steget. Ladda om labbet.",
        "The incident is no longer open; someone may already have retried or skipped the step. Reload the lab.");

    public static readonly MessageText InvalidOutcome = new(
        "engine.invalid_outcome",
        "Steget har inte det utfallet. Välj ett av stegets utfall, eller avsluta grenen.",
        "The step has no such outcome. Choose one of the step's outcomes, or end the branch.");

    public static readonly MessageText ConcurrencyConflict = new(
        "engine.concurrency_conflict",
        "Labbet ändrades av någon annan medan steget kördes. Ladda om och försök igen.",
        "The lab was changed by someone else while the step ran. Reload and try again.");

    public static readonly MessageText LatestVersionChanged = new(
        "engine.latest_version_changed",
        "En ny version av flödet publicerades eller återkallades gång på gång medan labbet startade, så det startade inte. Försök igen.",
        "A version of the flow was published or retracted again and again while the lab started, so it did not start. Try again.");

    public static readonly MessageText BookmarkConsumed = new(
        "engine.bookmark_consumed",
        "Steget är redan gjort; någon annan hann före.",
        "The step has already been done; someone else got there first.");

    /// <summary>The engine's refusal in <paramref name="language"/>: the catalogue's Swedish sentence for its code, or the engine's English message.</summary>
    public static string Describe(string code, string englishMessage, string language) =>
        language == MessageCatalogue.Swedish && MessageCatalogue.Find("engine." + code) is { } text ? text.Swedish : englishMessage;
}
