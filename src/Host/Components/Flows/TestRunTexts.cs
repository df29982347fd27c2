using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Components.Flows;

/// <summary>The texts of the designer's test run: what waits, what happened, in sentences.</summary>
internal static class TestRunTexts
{
    public static string Open => UiText.Pick("Testkör", "Test run");

    public static string Title => UiText.Pick("Testkörning av utkastet", "Test run of the draft");

    public static string Intro => UiText.Pick(
        "Testkörningen kör flödet som det ser ut nu, i minnet, med en testperson i varje roll. Inget sparas i databasen, inga e-postmeddelanden skickas och labbet syns inte i några listor, rapporter eller statistik.",
        "The test run runs the flow as it is now, in memory, with a test person in every role. Nothing is stored in the database, no emails are sent and the lab appears in no list, report or statistics.");

    public static string StartDate => UiText.Pick("Labbets startdatum", "The lab's start date");

    public static string Start => UiText.Pick("Starta testkörningen", "Start the test run");

    public static string Restart => UiText.Pick("Börja om", "Start again");

    public static string Stop => UiText.Pick("Avsluta testkörningen", "End the test run");

    public static string HasIssues(int count) => UiText.Pick(
        $"Flödet har {count} fel som måste rättas innan det kan testköras. Välj Validera för att se dem.",
        $"The flow has {count} errors to fix before it can be test run. Choose Validate to see them.");

    public static string StartFailed(string reason) => UiText.Pick(
        $"Testkörningen kunde inte starta: {reason} Rätta flödet och försök igen.",
        $"The test run could not start: {reason} Fix the flow and try again.");

    public static string Started(string date) => UiText.Pick($"Testkörningen startade med labbstart {date}.", $"The test run started with the lab starting on {date}.");

    public static string Today(string date) => UiText.Pick($"Testkörningens datum: {date}.", $"The test run's date: {date}.");

    public static string Waiting => UiText.Pick("Väntar nu", "Waiting now");

    public static string NothingWaits => UiText.Pick("Inget väntar.", "Nothing is waiting.");

    public static string Steps => UiText.Pick("Steg för steg", "Step by step");

    public static string TaskFor(string title, string activity, string role) => UiText.Pick(
        $"Uppgiften {title} ({activity}) är skapad för rollen {role}.",
        $"Task {title} ({activity}) was created for the role {role}.");

    public static string TaskForNobody(string title, string activity) => UiText.Pick(
        $"Uppgiften {title} ({activity}) är skapad men ingen har rollen den gavs till.",
        $"Task {title} ({activity}) was created but nobody has the role it was given to.");

    public static string DueOn(string date) => UiText.Pick($"Klart senast {date}.", $"Due on {date}.");

    public static string FormFields(int count) => count == 0 ? string.Empty : UiText.Pick(
        $"Formuläret har {count} fält; testkörningen fyller i exempelsvar.",
        $"The form has {count} fields; the test run fills in sample answers.");

    public static string CompleteWith(string outcome) => UiText.Pick($"Slutför med {outcome}", $"Complete with {outcome}");

    public static string Complete => UiText.Pick("Slutför", "Complete");

    public static string TimerWaits(string activity, string date) => UiText.Pick(
        $"{activity} väntar till {date}.", $"{activity} waits until {date}.");

    public static string FireTimer(string date) => UiText.Pick($"Hoppa fram till {date}", $"Jump ahead to {date}");

    public static string SignalWaits(string activity, string signal) => UiText.Pick(
        $"{activity} väntar på signalen {signal}.", $"{activity} waits for the signal {signal}.");

    public static string SendSignal(string signal) => UiText.Pick($"Skicka signalen {signal}", $"Send the signal {signal}");

    public static string Incident(string activity, string message) => UiText.Pick(
        $"{activity} stoppade med ett fel: {message}", $"{activity} stopped with an error: {message}");

    public static string Completed(string title) => UiText.Pick($"Uppgiften {title} är slutförd med exempelsvar.", $"Task {title} was completed with sample answers.");

    public static string Skipped(string title, string problems) => UiText.Pick(
        $"Exempelsvaren passade inte formuläret i {title}, så steget hoppades över med det valda utfallet. {problems}",
        $"The sample answers did not fit the form of {title}, so the step was skipped with the chosen outcome. {problems}");

    public static string Fired(string date) => UiText.Pick($"Testkörningen hoppade fram till {date}.", $"The test run jumped ahead to {date}.");

    public static string Ended => UiText.Pick("Testkörningen är avslutad och borttagen.", "The test run was ended and thrown away.");

    public static string Finished => UiText.Pick("Labbet har kört till slutet.", "The lab has run to its end.");

    public static string Status(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Finished => Finished,
        WorkflowStatus.Faulted => UiText.Pick("Ett steg stoppade med ett fel.", "A step stopped with an error."),
        WorkflowStatus.Cancelled => UiText.Pick("Labbet avbröts.", "The lab was cancelled."),
        _ => UiText.Pick("Labbet pågår och väntar på stegen nedan.", "The lab is running and waits for the steps below."),
    };

    public static string? Step(JournalEntry entry, string activity, string? outcome) => entry.Event switch
    {
        JournalEvent.WorkflowStarted => UiText.Pick("Labbet startade.", "The lab started."),
        JournalEvent.ActivityStarted => UiText.Pick($"{activity} började.", $"{activity} started."),
        JournalEvent.ActivityCompleted when outcome is not null => UiText.Pick($"{activity} blev klar med utfallet {outcome}.", $"{activity} finished with the outcome {outcome}."),
        JournalEvent.ActivityCompleted => UiText.Pick($"{activity} blev klar.", $"{activity} finished."),
        JournalEvent.ActivitySuspended => UiText.Pick($"{activity} väntar.", $"{activity} waits."),
        JournalEvent.ActivityResumed => UiText.Pick($"{activity} fortsatte.", $"{activity} went on."),
        JournalEvent.ActivityFaulted => UiText.Pick($"{activity} stoppade med ett fel.", $"{activity} stopped with an error."),
        JournalEvent.ActivityCancelled => UiText.Pick($"{activity} avbröts.", $"{activity} was cancelled."),
        JournalEvent.ActivitySkipped => UiText.Pick($"{activity} hoppades över.", $"{activity} was skipped."),
        JournalEvent.VariableSet => UiText.Pick("En variabel fick ett nytt värde.", "A variable got a new value."),
        JournalEvent.WorkflowFinished => Finished,
        JournalEvent.WorkflowCancelled => UiText.Pick("Labbet avbröts.", "The lab was cancelled."),
        _ => null,
    };

    public static string Active => UiText.Pick("Pågår i testkörningen", "Active in the test run");
}
