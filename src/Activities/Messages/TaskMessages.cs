namespace LabFlow.Activities.Messages;

/// <summary>The refusals and results of task commands (<see cref="Tasks.TaskService"/>, the task stores).</summary>
public static class TaskMessages
{
    public static readonly MessageText NotFound = new(
        "task.not_found", "Uppgift {taskId} hittades inte. Kontrollera id:t.", "Task {taskId} was not found. Check the id.");

    public static readonly MessageText Exists = new(
        "task.exists", "Det finns redan en uppgift med id {taskId}.", "A task with id {taskId} already exists.");

    public static readonly MessageText ChangedConcurrently = new(
        "task.changed_concurrently",
        "Uppgift {taskId} ändrades av någon annan samtidigt. Ladda om den och försök igen.",
        "Task {taskId} was changed by someone else at the same time. Reload it and try again.");

    public static readonly MessageText ChangedWhileCompleting = new(
        "task.changed_while_completing",
        "Uppgift {taskId} ändrades medan du slutförde den.",
        "Task {taskId} changed while you were completing it.");

    public static readonly MessageText VersionConflict = new(
        "task.version_conflict",
        "Uppgiften '{title}' ändrades efter att du läste den (du skickade version {expected}; nu är det version {current}; {change}). Inget ändrades: ladda om och försök igen om ändringen fortfarande behövs.",
        "Task '{title}' changed after you read it (you sent version {expected}; it is now version {current}; {change}). Nothing was changed: reload it and try again if your change is still needed.");

    public static readonly MessageText CannotSee = new(
        "task.cannot_see",
        "Du kan inte se uppgift {taskId}: den hör till ett arbete (ett labb, en konferens …) i en annan förvaltning, eller så är du inte med i det.",
        "You cannot see task {taskId}: it belongs to work (a lab, a conference …) of another administration, or you are not among its people.");

    public static readonly MessageText HandedOverCannotComplete = new(
        "task.handed_over_complete",
        "Uppgiften '{title}' {how}; bara den personen kan slutföra den nu.",
        "Task '{title}' {how}; only they can complete it now.");

    public static readonly MessageText HandedOverWhileCompleting = new(
        "task.handed_over_while_completing",
        "Uppgiften '{title}' {how} medan du slutförde den; inget slutfördes.",
        "Task '{title}' {how} while you were completing it; nothing was completed.");

    public static readonly MessageText HandedOverCannotClaim = new(
        "task.handed_over_claim",
        "Uppgiften '{title}' {how}; den kan inte längre tas.",
        "Task '{title}' {how}; it can no longer be claimed.");

    public static readonly MessageText HandedOverCannotDelegate = new(
        "task.handed_over_delegate",
        "Uppgiften '{title}' {how}; den är inte längre din att delegera.",
        "Task '{title}' {how}; it is no longer yours to delegate.");

    public static readonly MessageText HowClaimed = new("task.how_claimed", "togs av någon annan i kandidatgruppen", "was claimed by someone else in its candidate group");

    public static readonly MessageText HowDelegated = new("task.how_delegated", "delegerades till någon annan", "was delegated to someone else");

    public static readonly MessageText HowReassigned = new("task.how_reassigned", "flyttades till någon annan", "was reassigned to someone else");

    public static readonly MessageText HowAssigned = new("task.how_assigned", "är tilldelad någon annan", "is assigned to someone else");

    public static readonly MessageText ChangeClaimed = new("task.change_claimed", "den har tagits sedan dess", "it was claimed since");

    public static readonly MessageText ChangeDelegated = new("task.change_delegated", "den har delegerats sedan dess", "it was delegated since");

    public static readonly MessageText ChangeReassigned = new("task.change_reassigned", "den har flyttats sedan dess", "it was reassigned since");

    public static readonly MessageText ChangeDueMoved = new("task.change_due_moved", "dess förfallodag har flyttats sedan dess", "its due date was moved since");

    public static readonly MessageText ChangeOther = new("task.change_other", "den har ändrats sedan dess", "it was changed since");

    public static readonly MessageText ForCandidates = new(
        "task.for_candidates",
        "Uppgift {taskId} är till för sin kandidatgrupp, och du är inte med i den.",
        "Task {taskId} is for its candidate group, and you are not in it.");

    public static readonly MessageText AssignedToOther = new(
        "task.assigned_to_other",
        "Uppgift {taskId} är tilldelad någon annan; bara den personen kan slutföra den.",
        "Task {taskId} is assigned to someone else; only they can complete it.");

    public static readonly MessageText NotYetOpen = new(
        "task.not_yet_open",
        "Uppgiften '{title}' öppnar {opens}; den kan inte slutföras före dess.",
        "Task '{title}' opens on {opens}; it cannot be completed before then.");

    public static readonly MessageText NoSuchAction = new(
        "task.no_such_action",
        "Uppgiften '{title}' har inget val '{action}'; välj ett av {choices}.",
        "Task '{title}' has no action '{action}'; choose one of {choices}.");

    public static readonly MessageText AlreadyYours = new(
        "task.already_yours",
        "Du har redan uppgiften '{title}'; den togs inte igen.",
        "You already have task '{title}'; it was not claimed again.");

    public static readonly MessageText AssignedNotClaimable = new(
        "task.not_claimable",
        "Uppgiften '{title}' är tilldelad en person; den är inte till för en kandidatgrupp att ta.",
        "Task '{title}' is assigned to one person; it is not for a candidate group to claim.");

    public static readonly MessageText NotInCandidates = new(
        "task.not_in_candidates",
        "Uppgift {taskId} är till för en kandidatgrupp som du inte är med i.",
        "Task {taskId} is for a candidate group you are not in.");

    public static readonly MessageText OnlyAssigneeDelegates = new(
        "task.only_assignee_delegates",
        "Bara den som har uppgift {taskId} kan delegera den.",
        "Only the assignee of task {taskId} can delegate it.");

    public static readonly MessageText EscalationNeedsPeople = new(
        "task.escalation_needs_people",
        "Eskaleringen av uppgift {taskId} behöver minst en person att flytta den till.",
        "Escalating task {taskId} needs at least one person to move it to.");

    public static readonly MessageText CommentEmpty = new(
        "task.comment_empty", "Skriv en kommentar innan du skickar den.", "Write a comment before sending it.");

    public static readonly MessageText AddForbidden = new(
        "task.add_forbidden",
        "Bara en facilitator i labb {labId} eller en administratör kan lägga till uppgifter i det.",
        "Only a facilitator of lab {labId} or an administrator can add tasks to it.");

    public static readonly MessageText ManageForbidden = new(
        "task.manage_forbidden",
        "Bara en facilitator i labbet eller en administratör kan ändra uppgift {taskId} på det här sättet.",
        "Only a facilitator of the lab or an administrator can change task {taskId} this way.");

    public static readonly MessageText NoPhases = new(
        "task.no_phases",
        "Labbets flöde har inga faser; lämna fasen tom.",
        "The lab's flow declares no phases; leave the phase out.");

    public static readonly MessageText NoSuchPhase = new(
        "task.no_such_phase",
        "Labbets flöde har ingen fas '{phase}'; välj en av {choices}, eller lämna fasen tom.",
        "The lab's flow has no phase '{phase}'; choose one of {choices}, or leave it out.");

    public static readonly MessageText SkipReasonRequired = new(
        "task.skip_reason_required",
        "Skriv varför steget hoppas över; labbets historik sparar anledningen.",
        "Say why the step is skipped; the lab's history keeps the reason.");

    public static readonly MessageText NotOpen = new(
        "task.not_open",
        "Uppgiften '{title}' är redan {status}; {consequence}.",
        "Task '{title}' was already {status}; {consequence}.");

    public static readonly MessageText ConsequenceNoChange = new("task.consequence_no_change", "den kan inte längre ändras", "it can no longer be changed");

    public static readonly MessageText ConsequenceNothingToSkip = new("task.consequence_nothing_to_skip", "det finns inget att hoppa över", "there is nothing to skip");

    public static readonly MessageText ConsequenceSkipNotApplied = new(
        "task.consequence_skip_not_applied", "överhoppningen och dess anledning sparades inte", "the skip and its reason were not applied");

    public static readonly MessageText AlreadyClosed = new(
        "task.already_closed",
        "Uppgiften '{title}' är redan {status}; inget ändrades.",
        "Task '{title}' is already {status}; nothing was changed.");

    public static readonly MessageText Completed = new(
        "task.completed", "Uppgiften '{title}' slutfördes.", "Task '{title}' was completed.");

    public static readonly MessageText AnswersNeedFixing = new(
        "task.answers_need_fixing",
        "{count} svar behöver rättas innan uppgiften '{title}' kan slutföras.",
        "{count} answer(s) need fixing before task '{title}' can be completed.");

    public static readonly MessageText StatusOpen = new("task.status_open", "öppen", "open");

    public static readonly MessageText StatusClaimed = new("task.status_claimed", "tagen", "claimed");

    public static readonly MessageText StatusCompleted = new("task.status_completed", "slutförd", "completed");

    public static readonly MessageText StatusClosed = new("task.status_closed", "stängd", "closed");

    public static readonly MessageText StatusSkipped = new("task.status_skipped", "överhoppad", "skipped");

    public static readonly MessageText GivenAwayWhileCompleting = new(
        "task.given_away_while_completing",
        "Uppgift {taskId} gavs till någon annan medan du slutförde den, så inget slutfördes. Ladda om den för att se vem som har den nu.",
        "Task {taskId} was given to someone else while you were completing it, so nothing was completed. Reload it to see who has it now.");

    public static readonly MessageText StepAlreadyGoneOn = new(
        "task.step_already_gone_on",
        "Uppgift {taskId} är inte längre öppen; steget har redan gått vidare.",
        "Task {taskId} is no longer open; its step has already gone on.");

    public static readonly MessageText StepHasOneTask = new(
        "task.step_has_one_task",
        "Uppgift {taskId} hör till ett steg med en enda uppgift; slutför eller hoppa över den i stället för att stänga steget.",
        "Task {taskId} belongs to a step with one task; complete or skip it instead of closing the step.");

    public static readonly MessageText StepWentOnBeforeClosing = new(
        "task.step_went_on_before_closing",
        "Steget för uppgift {taskId} gick vidare innan det kunde stängas; det finns inget kvar att stänga.",
        "The step of task {taskId} went on before it could be closed; there is nothing left to close.");
}
