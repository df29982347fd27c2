namespace LabFlow.Activities.Messages;

/// <summary>The refusals of lab commands and queries (<see cref="Labs.LabService"/>, the lab stores).</summary>
public static class LabMessages
{
    public static readonly MessageText NotFound = new(
        "lab.not_found", "Labb {labId} hittades inte. Kontrollera id:t.", "Lab {labId} was not found. Check the id.");

    public static readonly MessageText Exists = new(
        "lab.exists", "Det finns redan ett labb med id {labId}.", "A lab with id {labId} already exists.");

    public static readonly MessageText ChangedConcurrently = new(
        "lab.changed_concurrently",
        "Labb {labId} ändrades av någon annan samtidigt. Ladda om det och försök igen.",
        "Lab {labId} was changed by someone else at the same time. Reload it and try again.");

    public static readonly MessageText VersionConflict = new(
        "lab.version_conflict",
        "Labbet '{title}' ändrades efter att du läste det (du skickade version {expected}; nu är det version {current}). Inget ändrades: ladda om och försök igen om ändringen fortfarande behövs.",
        "Lab '{title}' changed after you read it (you sent version {expected}; it is now version {current}). Nothing was changed: reload it and try again if your change is still needed.");

    public static readonly MessageText LaunchForbidden = new(
        "lab.launch_forbidden",
        "Bara en facilitator i '{administration}' eller en administratör kan starta ett labb där.",
        "Only a facilitator of '{administration}' or an administrator can launch a lab there.");

    public static readonly MessageText CannotSee = new(
        "lab.cannot_see",
        "Du kan inte se labb {labId}: det hör till en annan förvaltning.",
        "You cannot see lab {labId}: it belongs to another administration.");

    public static readonly MessageText ManageForbidden = new(
        "lab.manage_forbidden",
        "Bara labbets facilitatorer, förvaltningens facilitatorer och administratörer kan göra detta med labb {labId}.",
        "Only the lab's facilitators, its administration's facilitators and administrators can do this with lab {labId}.");

    public static readonly MessageText ChangeForbidden = new(
        "lab.change_forbidden",
        "Bara en facilitator i labb {labId} eller en administratör kan ändra det.",
        "Only a facilitator of lab {labId} or an administrator can change it.");

    public static readonly MessageText SkipForbidden = new(
        "lab.skip_forbidden",
        "Bara en facilitator i labb {labId} eller en administratör kan hoppa över dess misslyckade steg.",
        "Only a facilitator of lab {labId} or an administrator can skip its failed steps.");

    public static readonly MessageText NoRunningFlow = new(
        "lab.no_running_flow", "Labb {labId} har inget pågående flöde.", "Lab {labId} has no running flow.");

    public static readonly MessageText NoRunningFlowYet = new(
        "lab.no_running_flow_yet",
        "Labb {labId} har inget pågående flöde än. Försök igen om en stund.",
        "Lab {labId} has no running flow yet. Try again in a moment.");

    public static readonly MessageText NoFlowBehind = new(
        "lab.no_flow_behind",
        "Labb {labId} har inget flöde bakom sig och kan inte visas. Starta det igen.",
        "Lab {labId} has no flow behind it; it cannot be shown. Launch it again.");

    public static readonly MessageText FlowVersionMissing = new(
        "lab.flow_version_missing",
        "Labb {labId} körs på flödet '{definitionId}' version {version}, som saknas.",
        "Lab {labId} runs on flow '{definitionId}' version {version}, which is missing.");

    public static readonly MessageText AlreadyPaused = new(
        "lab.already_paused",
        "Labbet '{title}' är redan pausat; någon pausade det före dig. Inget ändrades.",
        "Lab '{title}' is already paused; someone paused it before you. Nothing was changed.");

    public static readonly MessageText NotPaused = new(
        "lab.not_paused",
        "Labbet '{title}' är inte pausat; någon återupptog det före dig, eller så var det aldrig pausat. Inget ändrades.",
        "Lab '{title}' is not paused; someone resumed it before you, or it was never paused. Nothing was changed.");

    public static readonly MessageText TooManyTargetAreas = new(
        "lab.too_many_target_areas",
        "Ange högst {max} målområden (nu är det {count}).",
        "Name at most {max} target areas (there are {count}).");

    public static readonly MessageText MemberUnknown = new(
        "lab.member_unknown",
        "Person {personId} finns inte i katalogen; lägg till personen innan du lägger till den i ett labb.",
        "Person {personId} is not in the directory; add them before adding them to a lab.");

    public static readonly MessageText FlowNotPublished = new(
        "lab.flow_not_published",
        "Flödet '{definitionId}' har ingen publicerad version; välj ett av de publicerade flödena.",
        "Flow '{definitionId}' has no published version; choose one from the published flows.");

    public static readonly MessageText FlowVersionNotPublished = new(
        "lab.flow_version_not_published",
        "Flödet '{definitionId}' har ingen publicerad version {version}; välj en av dess publicerade versioner.",
        "Flow '{definitionId}' has no published version {version}; choose one of its published versions.");

    public static readonly MessageText NoWaitingSignal = new(
        "lab.no_waiting_signal",
        "Inget steg i labb {labId} väntar på signalen '{name}'{correlation}. Jämför namnet med labbets WaitForSignal-steg.",
        "No step of lab {labId} is waiting for signal '{name}'{correlation}. Check the name against the lab's WaitForSignal steps.");

    public static readonly MessageText SignalDelivered = new(
        "lab.signal_delivered",
        "Signalen '{name}' har redan lämnats till labb {labId} av någon annan; inget mer gjordes.",
        "Signal '{name}' was already delivered to lab {labId} by someone else; nothing more was done.");

    public static readonly MessageText AdministrationRetired = new(
        "lab.administration_retired",
        "Förvaltningen '{administration}' är avvecklad och får inga nya labb; välj en förvaltning som används, eller be en administratör att återinföra den.",
        "Administration '{administration}' is retired and gets no new labs; choose an administration in use, or ask an administrator to reinstate it.");
}
