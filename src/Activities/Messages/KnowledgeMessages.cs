namespace LabFlow.Activities.Messages;

/// <summary>The refusals of the knowledge bank (<see cref="Knowledge.KnowledgeService"/>).</summary>
public static class KnowledgeMessages
{
    public static readonly MessageText ManagersOnly = new(
        "knowledge.managers_only",
        "Bara labbets facilitator (eller en administratör) kan lägga till och publicera lärdomar från labbet {labId} i kunskapsbanken.",
        "Only the lab's facilitator (or an administrator) can add and publish learnings from lab {labId} to the knowledge bank.");

    public static readonly MessageText EntryNotFound = new(
        "knowledge.entry_not_found",
        "Kunskapsbanken har ingen post {entryId} som du kan läsa. Sök i kunskapsbanken och öppna posten därifrån.",
        "The knowledge bank has no entry {entryId} that you can read. Search the knowledge bank and open the entry from there.");

    public static readonly MessageText SourceNotInLab = new(
        "knowledge.source_not_in_lab",
        "Uppgift {taskId} hör inte till labbet {labId}. Välj en uppgift i samma labb som posten.",
        "Task {taskId} does not belong to lab {labId}. Choose a task of the same lab as the entry.");

    public static readonly MessageText SourceNotReadable = new(
        "knowledge.source_not_readable",
        "Du får inte läsa svaren i uppgift {taskId}, så du kan inte publicera något från den. Be någon som får läsa steget att göra det.",
        "You may not read the answers of task {taskId}, so you cannot publish anything from it. Ask someone who may read the step to do it.");

    public static readonly MessageText UnknownTag = new(
        "knowledge.unknown_tag",
        "'{value}' är inget känt värde. Välj bland: {choices}.",
        "'{value}' is not a known value. Choose among: {choices}.");

    public static readonly MessageText PersonalDataFound = new(
        "knowledge.personal_data_found",
        "Texten verkar innehålla personuppgifter ({found}). Ta bort dem innan du publicerar: kunskapsbanken läses av alla i staden.",
        "The text seems to hold personal data ({found}). Remove it before publishing: everyone in the city reads the knowledge bank.");

    public static readonly MessageText ConfirmNoPersonalData = new(
        "knowledge.confirm_no_personal_data",
        "Bekräfta att posten inte innehåller personuppgifter (namn, kontaktuppgifter, personnummer eller något annat som pekar ut en person) innan du publicerar.",
        "Confirm that the entry holds no personal data (names, contact details, identity numbers or anything else that points out a person) before publishing.");

    public static readonly MessageText AlreadyPublished = new(
        "knowledge.already_published",
        "Posten {entryId} är redan publicerad. Dra tillbaka den först om du vill ändra den.",
        "Entry {entryId} is already published. Withdraw it first if you want to change it.");

    public static readonly MessageText NothingChosen = new(
        "knowledge.nothing_chosen",
        "Inget utkast är valt. Markera de lärdomar som ska publiceras i kunskapsbanken och försök igen.",
        "No draft is chosen. Tick the learnings to publish to the knowledge bank and try again.");

    public static readonly MessageText NotADraftOfLab = new(
        "knowledge.not_a_draft_of_lab",
        "Post {entryId} är inget opublicerat utkast i labbet {labId}. Ladda om sidan och välj bland labbets utkast.",
        "Entry {entryId} is not an unpublished draft of lab {labId}. Reload the page and choose among the lab's drafts.");
}
