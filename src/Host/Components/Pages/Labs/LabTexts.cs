using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>The texts of the lab list and the lab overview.</summary>
internal static class LabTexts
{
    public static string ListTitle => UiText.Pick("Labb", "Labs");

    public static string ListEmpty => UiText.Pick(
        "Det finns inga labb som du kan se ännu. Labb i dina förvaltningar, och labb du är med i, visas här.",
        "There are no labs you can see yet. Labs of your administrations, and labs you take part in, show here.");

    public static string Lab => UiText.Pick("Labb", "Lab");

    public static string Administration => UiText.Pick("Förvaltning", "Administration");

    public static string CurrentPhase => UiText.Pick("Aktuell fas", "Current phase");

    public static string Status => UiText.Pick("Status", "Status");

    public static string Overdue => UiText.Pick("Försenade uppgifter", "Overdue tasks");

    public static string NoPhase => UiText.Pick("Ingen aktiv fas", "No active phase");

    public static string StatusText(WorkflowStatus status, bool paused) => status switch
    {
        _ when paused && status is WorkflowStatus.Running or WorkflowStatus.Suspended => UiText.Pick("Pausat", "Paused"),
        WorkflowStatus.Running or WorkflowStatus.Suspended => UiText.Pick("Pågår", "In progress"),
        WorkflowStatus.Faulted => UiText.Pick("Har ett fel som behöver åtgärdas", "Has an error to resolve"),
        WorkflowStatus.Finished => UiText.Pick("Avslutat", "Finished"),
        WorkflowStatus.Cancelled => UiText.Pick("Avbrutet", "Cancelled"),
        _ => status.ToString(),
    };

    public static string OverdueCount(int count) => count switch
    {
        0 => UiText.Pick("Inga", "None"),
        1 => UiText.Pick("1 försenad", "1 overdue"),
        _ => UiText.Pick($"{count} försenade", $"{count} overdue"),
    };

    public static string Challenge => UiText.Pick("Utmaning", "Challenge");

    public static string StartDate => UiText.Pick("Startdatum", "Start date");

    public static string Phases => UiText.Pick("Faser", "Phases");

    public static string PhaseState(PhaseState state) => state switch
    {
        Activities.Labs.PhaseState.Done => UiText.Pick("klar", "done"),
        Activities.Labs.PhaseState.Active => UiText.Pick("pågår", "in progress"),
        _ => UiText.Pick("kommande", "ahead"),
    };

    public static string OpenTasks => UiText.Pick("Öppna uppgifter", "Open tasks");

    public static string DoneTasks => UiText.Pick("Avslutade uppgifter", "Closed tasks");

    public static string NoOpenTasks => UiText.Pick("Inga öppna uppgifter.", "No open tasks.");

    public static string NoDoneTasks => UiText.Pick("Inga avslutade uppgifter ännu.", "No closed tasks yet.");

    public static string Task => UiText.Pick("Uppgift", "Task");

    public static string Assignee => UiText.Pick("Ansvarig", "Assignee");

    public static string Due => UiText.Pick("Klar senast", "Due");

    public static string Closed => UiText.Pick("Avslutad", "Closed");

    public static string NoDueDate => UiText.Pick("Inget datum", "No date");

    public static string OverdueMark => UiText.Pick("Försenad", "Overdue");

    public static string Unassigned(int candidates) => candidates > 0
        ? UiText.Pick($"Ej tagen ({candidates} kan ta den)", $"Not claimed ({candidates} can claim it)")
        : UiText.Pick("Ingen ansvarig", "No assignee");

    public static string TaskStatus(LabTaskStatus status) => status switch
    {
        LabTaskStatus.Completed => UiText.Pick("Klar", "Completed"),
        LabTaskStatus.Skipped => UiText.Pick("Hoppades över", "Skipped"),
        LabTaskStatus.Closed => UiText.Pick("Stängd", "Closed"),
        LabTaskStatus.Claimed => UiText.Pick("Tagen", "Claimed"),
        _ => UiText.Pick("Öppen", "Open"),
    };

    public static string Timeline => UiText.Pick("Tidslinje", "Timeline");

    public static string TimelineEmpty => UiText.Pick("Inget har hänt ännu.", "Nothing has happened yet.");

    public static string Journal(JournalEvent journalEvent, string step, string? outcome, FlowKind kind) => journalEvent switch
    {
        JournalEvent.WorkflowStarted => UiText.Pick($"{KindTexts.Sv(kind).DefiniteCapitalised} startade", $"{KindTexts.En(kind).DefiniteCapitalised} started"),
        JournalEvent.ActivityCompleted when outcome is { Length: > 0 } and not "Done" =>
            UiText.Pick($"{step} blev klar ({outcome})", $"{step} was completed ({outcome})"),
        JournalEvent.ActivityCompleted => UiText.Pick($"{step} blev klar", $"{step} was completed"),
        JournalEvent.ActivityFaulted => UiText.Pick($"{step} fick ett fel", $"{step} failed"),
        JournalEvent.ActivitySkipped => UiText.Pick($"{step} hoppades över", $"{step} was skipped"),
        JournalEvent.ActivityCancelled => UiText.Pick($"{step} avbröts", $"{step} was cancelled"),
        JournalEvent.IncidentRetried => UiText.Pick($"{step} försöktes igen", $"{step} was retried"),
        JournalEvent.WorkflowReplanned => UiText.Pick($"Planen för {KindTexts.Sv(kind).Definite} ändrades", $"The plan of {KindTexts.En(kind).Definite} changed"),
        JournalEvent.WorkflowFinished => UiText.Pick($"{KindTexts.Sv(kind).DefiniteCapitalised} avslutades", $"{KindTexts.En(kind).DefiniteCapitalised} finished"),
        JournalEvent.WorkflowCancelled => UiText.Pick($"{KindTexts.Sv(kind).DefiniteCapitalised} avbröts", $"{KindTexts.En(kind).DefiniteCapitalised} was cancelled"),
        _ => journalEvent.ToString(),
    };

    public static string By(string name) => UiText.Pick($"av {name}", $"by {name}");

    public static string NotFoundTitle => UiText.Pick("Sidan finns inte", "Not found");

    public static string NotFoundText => UiText.Pick(
        "Det finns inget labb, ingen konferens eller annat arbete med den här adressen. Kontrollera länken eller gå till listan.",
        "There is no lab, conference or other work at this address. Check the link or go to the list.");

    public static string ForbiddenTitle => UiText.Pick("Ingen behörighet", "Access denied");

    public static string ForbiddenText => UiText.Pick(
        "Du har inte behörighet att se det här. Det hör till en annan förvaltning.",
        "You do not have permission to see this. It belongs to another administration.");

    public static string BackToLabs => UiText.Pick("Till listan över labb", "Go to the list of labs");
}
