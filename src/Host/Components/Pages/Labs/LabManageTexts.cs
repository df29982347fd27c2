using System.Globalization;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>The texts of launching a lab and of a facilitator's work on a running lab.</summary>
internal static class LabManageTexts
{
    private static KindNoun Sv(FlowKind kind) => KindTexts.Sv(kind);

    private static KindNoun En(FlowKind kind) => KindTexts.En(kind);

    /// <summary>A date as Swedes write it in prose: <c>onsdag 17 juni 2026</c> (<c>Wednesday 17 June 2026</c>).</summary>
    public static string LongDate(DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo(UiText.IsEnglish ? "en-GB" : "sv-SE"));

    // ---- Launch ----
    public static string LaunchTitle => UiText.Pick("Starta labb", "Launch a lab");

    public static string LaunchButton => UiText.Pick("Starta labb", "Launch a lab");

    public static string LaunchIntro => UiText.Pick(
        "Välj ett publicerat flöde och fyll i labbets uppgifter. Labbet startar direkt och uppgifterna får sina datum räknat från startdatumet.",
        "Choose a published flow and fill in the lab's details. The lab starts at once and its tasks get their dates counted from the start date.");

    public static string CannotLaunch => UiText.Pick(
        "Du kan inte starta labb. Processledare i en förvaltning och administratörer kan starta labb där.",
        "You cannot launch labs. Facilitators of an administration and administrators can launch labs there.");

    public static string NoFlows => UiText.Pick(
        "Det finns inga publicerade flöden att starta ett labb från ännu.",
        "There are no published flows to launch a lab from yet.");

    public static string Flow => UiText.Pick("Flöde", "Flow");

    public static string ChooseFlow => UiText.Pick("Välj flöde", "Choose a flow");

    public static string FlowOption(string name, int version) => UiText.Pick($"{name} (version {version})", $"{name} (version {version})");

    public static string ChooseAdministration => UiText.Pick("Välj förvaltning", "Choose an administration");

    public static string Title => UiText.Pick("Titel", "Title");

    public static string ChallengeHint => UiText.Pick(
        "Skriv utmaningen som en fråga som börjar med ”Hur kan vi …?”, till exempel ”Hur kan vi rekrytera mer jämlikt?”.",
        "Write the challenge as a question that starts with \"Hur kan vi …?\" (How might we …?), for example \"Hur kan vi rekrytera mer jämlikt?\".");

    public static string TargetAreas => UiText.Pick("Målområden i programmet för en jämlik stad", "Target areas of the programme for an equal city");

    public static string TargetAreasHint => UiText.Pick(
        "Göteborgs Stads program för en jämlik stad 2018–2026. Välj ett eller flera målområden som utmaningen hör till.",
        "Göteborgs Stad's programme for an equal city 2018–2026. Choose one or more target areas the challenge belongs to.");

    public static string People => UiText.Pick("Personer i labbet", "People in the lab");

    public static string PeopleHint => UiText.Pick(
        "Uppgifter som går till en roll går först till labbets egna personer med den rollen, annars till förvaltningens.",
        "Tasks for a role go to the lab's own people with that role first, otherwise to the administration's.");

    public static string ChooseAdministrationFirst => UiText.Pick("Välj förvaltning först, så visas dess personer.", "Choose an administration first to see its people.");

    public static string NobodyInAdministration => UiText.Pick("Förvaltningen har inga aktiva personer.", "The administration has no active people.");

    public static string StartDateHint => UiText.Pick(
        "Dag 0, oftast uppstartsworkshopen. Förberedande uppgifter kan ligga före startdatumet.",
        "Day 0, usually the kick-off workshop. Preparation tasks can fall before the start date.");

    public static string ChooseFlowFirst => UiText.Pick("Välj flöde först, så visas rollerna i det.", "Choose a flow first to see its roles.");

    public static string EarliestStart(DateOnly date) => UiText.Pick(
        $"Tidigaste startdatum utan uppgifter daterade bakåt i tiden: {LongDate(date)}.",
        $"Earliest start date with no task dated in the past: {LongDate(date)}.");

    public static string StartBeforeEarliest(DateOnly date) => UiText.Pick(
        $"Startdatumet är tidigare än {LongDate(date)}. Förberedande uppgifter som skulle ha legat före i dag får i dag som förfallodatum. Välj ett senare datum om de behöver sin fulla tid.",
        $"The start date is earlier than {LongDate(date)}. Preparation tasks that would fall before today are due today instead. Choose a later date if they need their full time.");

    public static string ChosenDate(DateOnly date) => UiText.Pick($"Vald dag: {LongDate(date)}", $"Chosen day: {LongDate(date)}");

    public static string Launching => UiText.Pick("Startar labbet …", "Launching the lab …");

    public static string FlowRequired => UiText.Pick("Välj vilket flöde labbet ska följa.", "Choose the flow the lab follows.");

    public static string FlowMissing => UiText.Pick("Flödet har ingen publicerad version längre. Välj ett annat flöde.", "The flow no longer has a published version. Choose another flow.");

    public static string AdministrationRequired => UiText.Pick("Välj förvaltning.", "Choose an administration.");

    public static string AdministrationNotAllowed => UiText.Pick(
        "Du kan inte starta labb i den förvaltningen. Välj en av dina förvaltningar.",
        "You cannot launch a lab in that administration. Choose one of your administrations.");

    public static string TitleRequired => UiText.Pick("Ge labbet en titel.", "Give the lab a title.");

    public static string TooLong(int max) => UiText.Pick($"Högst {max} tecken.", $"At most {max} characters.");

    public static string ChallengeRequired => UiText.Pick(
        "Skriv labbets utmaning, en fråga som ”Hur kan vi …?”.",
        "Write the lab's challenge, a question such as \"Hur kan vi …?\".");

    public static string StartDateRequired => UiText.Pick("Välj startdatum.", "Choose a start date.");

    public static string PersonInactive(string name) => UiText.Pick($"{name} är inte längre aktiv. Välj någon annan.", $"{name} is no longer active. Choose someone else.");

    public static string LaunchFailed => UiText.Pick(
        "Labbet kunde inte startas. Kontrollera uppgifterna och försök igen.",
        "The lab could not be launched. Check the details and try again.");

    public static string RoleName(Role role) => role switch
    {
        Role.Facilitator => UiText.Pick("Processledare", "Facilitators"),
        Role.Coordinator => UiText.Pick("Samordnare", "Coordinators"),
        Role.Communicator => UiText.Pick("Kommunikatörer", "Communicators"),
        Role.HR => UiText.Pick("HR-experter", "HR experts"),
        Role.Sponsor => UiText.Pick("Uppdragsgivare", "Sponsors"),
        Role.Participant => UiText.Pick("Deltagare", "Participants"),
        Role.Designer => UiText.Pick("Projektteam", "Designers"),
        Role.ProjectLead => UiText.Pick("Projektledare", "Project leads"),
        Role.TrainingCoordinator => UiText.Pick("Utbildningssamordnare", "Training coordinators"),
        Role.ProjectCommunicator => UiText.Pick("Kommunikatörer (projekt)", "Communicators (project)"),
        Role.EconomistAdministrator => UiText.Pick("Ekonomer/administratörer", "Economists/administrators"),
        Role.ProjectHR => UiText.Pick("HR-experter (projekt)", "HR experts (project)"),
        _ => UiText.Pick("Administratörer", "Administrators"),
    };

    public static string RoleSingular(Role role) => role switch
    {
        Role.Facilitator => UiText.Pick("processledare", "facilitator"),
        Role.Coordinator => UiText.Pick("samordnare", "coordinator"),
        Role.Communicator => UiText.Pick("kommunikatör", "communicator"),
        Role.HR => UiText.Pick("HR-expert", "HR expert"),
        Role.Sponsor => UiText.Pick("uppdragsgivare", "sponsor"),
        Role.Participant => UiText.Pick("deltagare", "participant"),
        Role.Designer => UiText.Pick("projektteam", "designer"),
        Role.ProjectLead => UiText.Pick("projektledare", "project lead"),
        Role.TrainingCoordinator => UiText.Pick("utbildningssamordnare", "training coordinator"),
        Role.ProjectCommunicator => UiText.Pick("kommunikatör (projekt)", "communicator (project)"),
        Role.EconomistAdministrator => UiText.Pick("ekonom/administratör", "economist/administrator"),
        Role.ProjectHR => UiText.Pick("HR-expert (projekt)", "HR expert (project)"),
        _ => UiText.Pick("administratör", "administrator"),
    };

    // ---- Managing a lab ----
    public static string Manage(FlowKind kind) => UiText.Pick($"Hantera {Sv(kind).Definite}", $"Manage {En(kind).Definite}");

    public static string Pause(FlowKind kind) => UiText.Pick($"Pausa {Sv(kind).Definite}", $"Pause {En(kind).Definite}");

    public static string Resume(FlowKind kind) => UiText.Pick($"Återuppta {Sv(kind).Definite}", $"Resume {En(kind).Definite}");

    public static string ConfirmPause(FlowKind kind) => UiText.Pick(
        $"Vill du pausa {Sv(kind).Definite}? Inga påminnelser eller eskaleringar går ut medan {Sv(kind).Agree("det är pausat", "den är pausad")}.",
        $"Do you want to pause {En(kind).Definite}? No reminders or escalations go out while it is paused.");

    public static string ConfirmResume(FlowKind kind) => UiText.Pick(
        $"Vill du återuppta {Sv(kind).Definite}? Påminnelser och eskaleringar går ut igen.",
        $"Do you want to resume {En(kind).Definite}? Reminders and escalations go out again.");

    public static string YesPause => UiText.Pick("Ja, pausa", "Yes, pause");

    public static string YesResume => UiText.Pick("Ja, återuppta", "Yes, resume");

    public static string Paused(FlowKind kind) => UiText.Pick(
        $"{Sv(kind).DefiniteCapitalised} är {Sv(kind).Agree("pausat", "pausad")}.", $"{En(kind).DefiniteCapitalised} is paused.");

    public static string Resumed(FlowKind kind) => UiText.Pick(
        $"{Sv(kind).DefiniteCapitalised} är {Sv(kind).Agree("återupptaget", "återupptagen")}.", $"{En(kind).DefiniteCapitalised} is resumed.");

    public static string Cancel(FlowKind kind) => UiText.Pick($"Avbryt {Sv(kind).Definite}", $"Cancel {En(kind).Definite}");

    public static string CancelReason(FlowKind kind) => UiText.Pick($"Skäl till att {Sv(kind).Definite} avbryts", $"Reason for cancelling {En(kind).Definite}");

    public static string CancelHint => UiText.Pick(
        "Alla öppna uppgifter stängs och inga fler steg körs. Det går inte att ångra. Skälet sparas i tidslinjen.",
        "Every open task closes and no further steps run. This cannot be undone. The reason is kept in the timeline.");

    public static string YesCancel(FlowKind kind) => UiText.Pick($"Ja, avbryt {Sv(kind).Definite}", $"Yes, cancel {En(kind).Definite}");

    public static string Cancelled(FlowKind kind) => UiText.Pick(
        $"{Sv(kind).DefiniteCapitalised} är {Sv(kind).Agree("avbrutet", "avbruten")}.", $"{En(kind).DefiniteCapitalised} is cancelled.");

    public static string Close => UiText.Pick("Stäng", "Close");

    public static string Back => UiText.Pick("Tillbaka", "Back");

    public static string MoveStartDate => UiText.Pick("Flytta startdatum", "Move the start date");

    public static string NewStartDate => UiText.Pick("Nytt startdatum", "New start date");

    public static string MoveStartDateHint => UiText.Pick(
        "Förfallodatum, påminnelser och timers som räknas från startdatumet flyttas lika många dagar. Datum som någon har satt för hand ligger kvar.",
        "Due dates, reminders and timers that count from the start date move by the same number of days. Dates someone set by hand stay.");

    public static string SaveStartDate => UiText.Pick("Flytta startdatum", "Move the start date");

    public static string StartDateMoved(DateOnly date) => UiText.Pick($"Startdatumet är nu {LongDate(date)}.", $"The start date is now {LongDate(date)}.");

    public static string DateRequired => UiText.Pick("Välj ett datum.", "Choose a date.");

    public static string AddTask => UiText.Pick("Lägg till uppgift", "Add a task");

    public static string TaskTitle => UiText.Pick("Uppgiftens titel", "Task title");

    public static string Instructions => UiText.Pick("Instruktioner", "Instructions");

    public static string InstructionsHint => UiText.Pick("Valfritt. Du kan använda Markdown.", "Optional. You can use Markdown.");

    public static string AssignTo => UiText.Pick("Ansvarig", "Assignee");

    public static string PersonRequired => UiText.Pick("Välj en person.", "Choose a person.");

    public static string DueOptional => UiText.Pick("Klar senast (valfritt)", "Due (optional)");

    public static string DueHint => UiText.Pick(
        "Ett datum som faller på en helg eller helgdag flyttas till arbetsdagen före.",
        "A date on a weekend or public holiday moves to the working day before.");

    public static string TaskAdded(string title) => UiText.Pick($"Uppgiften ”{title}” är tillagd.", $"The task \"{title}\" was added.");

    public static string AddPerson => UiText.Pick("Lägg till person", "Add a person");

    public static string Person => UiText.Pick("Person", "Person");

    public static string RoleInLab(FlowKind kind) => UiText.Pick($"Roll i {Sv(kind).Definite}", $"Role in {En(kind).Definite}");

    public static string PersonAdded(string name, Role role, FlowKind kind) =>
        UiText.Pick($"{name} är med i {Sv(kind).Definite} som {RoleSingular(role)}.", $"{name} is in {En(kind).Definite} as {RoleSingular(role)}.");

    public static string LabPeople => UiText.Pick("Personer", "People");

    public static string NoLabPeople(FlowKind kind) => UiText.Pick($"{Sv(kind).DefiniteCapitalised} har inga egna personer.", $"{En(kind).DefiniteCapitalised} has no people of its own.");

    public static string Incidents => UiText.Pick("Fel som behöver åtgärdas", "Errors to resolve");

    public static string Retry(string step) => UiText.Pick($"Försök igen: {step}", $"Retry: {step}");

    public static string Retried(string step) => UiText.Pick($"{step} försöktes igen.", $"{step} was retried.");

    public static string SkipFailedStep => UiText.Pick("Hoppa över steget", "Skip the step");

    public static string SkipFailedStepFor(string step) => UiText.Pick($"Hoppa över steget: {step}", $"Skip the step: {step}");

    public static string SkipFailedStepHint => UiText.Pick(
        "Steget körs inte igen. Flödet går vidare från det som om det hade blivit klart, och skälet syns i tidslinjen.",
        "The step is not run again. The flow goes on from it as if it had been completed, and the reason shows on the timeline.");

    public static string SkipContinueWith => UiText.Pick("Gå vidare med utfallet", "Go on with the outcome");

    public static string SkippedFailedStep(string step) => UiText.Pick($"{step} hoppades över.", $"{step} was skipped.");

    /// <summary>An outcome a skipped step goes on with: the core outcomes in words, a flow's own names as written.</summary>
    public static string OutcomeName(string outcome) => outcome switch
    {
        "Done" => UiText.Pick("Klar", "Done"),
        "True" => UiText.Pick("Ja", "Yes"),
        "False" => UiText.Pick("Nej", "No"),
        "Default" => UiText.Pick("Annars", "Otherwise"),
        _ => outcome,
    };

    public static string Actions => UiText.Pick("Åtgärder", "Actions");

    public static string MoveDue => UiText.Pick("Flytta datum", "Move date");

    public static string MoveDueFor(string task) => UiText.Pick($"Flytta datum för {task}", $"Move the date of {task}");

    public static string NewDue => UiText.Pick("Nytt datum för klar senast", "New due date");

    public static string DueMoved(string task, DateOnly due) => UiText.Pick($"”{task}” ska nu vara klar senast {LongDate(due)}.", $"\"{task}\" is now due {LongDate(due)}.");

    public static string Reassign => UiText.Pick("Ge till någon annan", "Reassign");

    public static string ReassignFor(string task) => UiText.Pick($"Ge till någon annan: {task}", $"Reassign {task}");

    public static string Reassigned(string task, string name) => UiText.Pick($"”{task}” är nu {name}s uppgift.", $"\"{task}\" is now {name}'s task.");

    public static string Note => UiText.Pick("Meddelande (valfritt)", "Note (optional)");

    public static string Skip => UiText.Pick("Hoppa över", "Skip");

    public static string SkipFor(string task) => UiText.Pick($"Hoppa över {task}", $"Skip {task}");

    public static string SkipReason => UiText.Pick("Skäl till att steget hoppas över", "Reason for skipping the step");

    public static string SkipHint => UiText.Pick(
        "Flödet går vidare som om steget var klart. Skälet sparas i tidslinjen.",
        "The flow goes on as if the step were done. The reason is kept in the timeline.");

    public static string YesSkip => UiText.Pick("Ja, hoppa över", "Yes, skip");

    public static string SkippedTask(string task) => UiText.Pick($"”{task}” hoppades över.", $"\"{task}\" was skipped.");

    public static string SkippedInTimeline(string step, string reason) => UiText.Pick($"{step} hoppades över. Skäl: {reason}", $"{step} was skipped. Reason: {reason}");

    public static string CancelledInTimeline(string reason, FlowKind kind) =>
        UiText.Pick($"{Sv(kind).DefiniteCapitalised} avbröts. Skäl: {reason}", $"{En(kind).DefiniteCapitalised} was cancelled. Reason: {reason}");

    // ---- The domain's refusals ----
    public static string Conflict => UiText.Pick(
        "Någon annan ändrade samtidigt. Ladda om sidan och försök igen.",
        "Someone else made a change at the same time. Reload the page and try again.");

    public static string NotAllowed => UiText.Pick(
        "Du får inte göra det här. Bara processledarna här och i förvaltningen och administratörer kan hantera det.",
        "You may not do this. Only the facilitators here and in the administration, and administrators, can manage it.");

    public static string NotFound => UiText.Pick("Det finns inte längre. Ladda om sidan.", "It no longer exists. Reload the page.");

    public static string LabEnded => UiText.Pick("Flödet är redan avslutat eller avbrutet.", "The flow has already finished or been cancelled.");

    public static string Failed => UiText.Pick("Det gick inte. Ladda om sidan och försök igen.", "That did not work. Reload the page and try again.");

    // ---- The list's filters ----
    public static string Filters => UiText.Pick("Filtrera", "Filter");

    public static string AllAdministrations => UiText.Pick("Alla förvaltningar", "All administrations");

    public static string Phase => UiText.Pick("Fas", "Phase");

    public static string AllPhases => UiText.Pick("Alla faser", "All phases");

    public static string AllStatuses => UiText.Pick("Alla", "All");

    public static string OverdueFilter => UiText.Pick("Försenade uppgifter", "Overdue tasks");

    public static string AnyOverdue => UiText.Pick("Med eller utan", "With or without");

    public static string WithOverdue => UiText.Pick("Med försenade uppgifter", "With overdue tasks");

    public static string WithoutOverdue => UiText.Pick("Utan försenade uppgifter", "Without overdue tasks");

    public static string ApplyFilters => UiText.Pick("Visa", "Show");

    public static string ClearFilters => UiText.Pick("Rensa filter", "Clear filters");

    public static string NoMatches => UiText.Pick("Inga labb matchar filtret.", "No labs match the filter.");

    public static string Yes => UiText.Pick("Ja", "Yes");

    public static string No => UiText.Pick("Nej", "No");
}
