using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>The texts of the flow list and the flow designer.</summary>
internal static class FlowTexts
{
    /// <summary>A required field of an activity left empty, in the words of the activity's panel.</summary>
    public static string MissingInput(string activity, string field) => UiText.Pick(
        $"\"{activity}\" saknar {field}, som måste fyllas i. Välj \"Visa aktiviteten\" och fyll i {field} i aktivitetens panel.",
        $"\"{activity}\" has no {field}, which is required. Choose \"Show the activity\" and fill in {field} in the activity's panel.");

    public static string ListTitle => UiText.Pick("Flöden", "Flows");

    public static string ListIntro => UiText.Pick(
        "Ett flöde är mallen ett labb följer. Att publicera ett flöde gör en ny version; labb som redan pågår behåller sin version.",
        "A flow is the template a lab follows. Publishing a flow makes a new version; labs already running keep their version.");

    public static string ListEmpty => UiText.Pick("Det finns inga flöden ännu.", "There are no flows yet.");

    public static string Loading => UiText.Pick("Hämtar …", "Loading …");

    public static string Id => UiText.Pick("Id", "Id");

    public static string Name => UiText.Pick("Namn", "Name");

    public static string NameSv => UiText.Pick("Namn på svenska", "Name in Swedish");

    public static string NameEn => UiText.Pick("Namn på engelska", "Name in English");

    public static string LatestVersion => UiText.Pick("Senaste version", "Latest version");

    public static string Draft => UiText.Pick("Utkast", "Draft");

    public static string RunningLabs => UiText.Pick("Pågående labb", "Running labs");

    public static string Actions => UiText.Pick("Åtgärder", "Actions");

    public static string Yes => UiText.Pick("Ja", "Yes");

    public static string No => UiText.Pick("Nej", "No");

    public static string Retracted => UiText.Pick("tillbakadragen", "retracted");

    public static string RunningCount(int count) => count >= FlowDesignService.LabCountLimit
        ? UiText.Pick($"minst {count}", $"at least {count}")
        : count.ToString(CultureInfo.CurrentCulture);

    // Starts with the link's visible text (Designa), so a voice user who says what they see reaches it (WCAG 2.5.3).
    public static string OpenInDesigner(string name) => UiText.Pick($"Designa {name}", $"Design {name}");

    public static string Design => UiText.Pick("Designa", "Design");

    public static string ShowVersions => UiText.Pick("Visa versioner", "Show versions");

    public static string HideVersions => UiText.Pick("Dölj versioner", "Hide versions");

    public static string VersionsOf(string name) => UiText.Pick($"Versioner av {name}", $"Versions of {name}");

    public static string Version(int version) => UiText.Pick($"Version {version}", $"Version {version}");

    public static string PublishedAt(DateTimeOffset at) => UiText.Pick($"publicerad {UiText.DateTime(at)}", $"published {UiText.DateTime(at)}");

    public static string Export(int version) => UiText.Pick($"Exportera version {version} som JSON", $"Export version {version} as JSON");

    public static string Retract(int version) => UiText.Pick($"Dra tillbaka version {version}", $"Retract version {version}");

    public static string RetractedNotice(string id, int version) => UiText.Pick(
        $"Version {version} av {id} är tillbakadragen: nya labb kan inte starta på den, pågående labb fortsätter.",
        $"Version {version} of {id} is retracted: new labs cannot start on it, running labs go on.");

    public static string NewFlow => UiText.Pick("Nytt flöde", "New flow");

    public static string NewFlowHelp => UiText.Pick(
        "Id:t skrivs med små bokstäver och bindestreck, till exempel jamlik-rekrytering. Det går inte att ändra senare.",
        "The id is written in lower case with dashes, for example equal-recruitment. It cannot be changed later.");

    public static string Create => UiText.Pick("Skapa utkast", "Create draft");

    public static string Import => UiText.Pick("Importera flöde", "Import flow");

    public static string ImportHelp => UiText.Pick(
        "Välj en flödesfil (.json). Den kontrolleras och publiceras som nästa version av sitt id.",
        "Choose a flow file (.json). It is checked and published as the next version of its id.");

    public static string ImportFile => UiText.Pick("Flödesfil", "Flow file");

    public static string ImportTooLarge(long limit) => UiText.Pick(
        $"Filen är för stor. Ett flöde får vara högst {limit / 1024} kB.",
        $"The file is too large. A flow may be at most {limit / 1024} kB.");

    public static string Imported(string id, int version) => UiText.Pick(
        $"{id} är publicerat som version {version}.", $"{id} is published as version {version}.");

    public static string ImportFailed(int count) => count == 1
        ? UiText.Pick("Filen kan inte importeras: 1 fel behöver rättas.", "The file cannot be imported: 1 error to fix.")
        : UiText.Pick($"Filen kan inte importeras: {count} fel behöver rättas.", $"The file cannot be imported: {count} errors to fix.");

    public static string CreateFailed(int count) => count == 1
        ? UiText.Pick("Flödet kan inte skapas: 1 fel behöver rättas.", "The flow cannot be created: 1 error to fix.")
        : UiText.Pick($"Flödet kan inte skapas: {count} fel behöver rättas.", $"The flow cannot be created: {count} errors to fix.");

    public static string Required => UiText.Pick("obligatoriskt", "required");

    public static string FieldRequired => UiText.Pick("Fältet måste fyllas i.", "The field must be filled in.");

    // The designer.
    public static string DesignerTitle(string name) => UiText.Pick($"Designa {name}", $"Design {name}");

    public static string NotFound(string id) => UiText.Pick($"Det finns inget flöde med id {id}.", $"There is no flow with id {id}.");

    public static string BackToList => UiText.Pick("Till Flöden", "Go to Flows");

    public static string EditingDraft(int? latest) => latest is { } version
        ? UiText.Pick($"Du redigerar utkastet. Senaste publicerade version är {version}.", $"You are editing the draft. The latest published version is {version}.")
        : UiText.Pick("Du redigerar utkastet. Flödet är inte publicerat ännu.", "You are editing the draft. The flow is not published yet.");

    public static string EditingPublished(int version) => UiText.Pick(
        $"Flödet har inget utkast: du utgår från version {version}. När du sparar blir det ett utkast.",
        $"The flow has no draft: you start from version {version}. Saving makes it a draft.");

    public static string Unsaved => UiText.Pick("Osparade ändringar", "Unsaved changes");

    public static string AllSaved => UiText.Pick("Allt är sparat", "Everything is saved");

    public static string Toolbar => UiText.Pick("Verktyg för flödet", "Flow tools");

    public static string SaveDraft => UiText.Pick("Spara utkast", "Save draft");

    public static string Validate => UiText.Pick("Kontrollera", "Validate");

    public static string Undo => UiText.Pick("Ångra", "Undo");

    public static string Redo => UiText.Pick("Gör om", "Redo");

    public static string Undone => UiText.Pick("Den senaste ändringen är ångrad.", "The last change is undone.");

    public static string Redone => UiText.Pick("Ändringen är gjord igen.", "The change is made again.");

    public static string Publish => UiText.Pick("Publicera", "Publish");

    public static string CanvasView => UiText.Pick("Rityta", "Canvas");

    public static string ListView => UiText.Pick("Listvy (tangentbord)", "List view (keyboard)");

    public static string ViewChoice => UiText.Pick("Visa flödet som", "Show the flow as");

    public static string Saved(int errors) => errors == 0
        ? UiText.Pick("Utkastet är sparat och kan publiceras.", "The draft is saved and can be published.")
        : UiText.Pick($"Utkastet är sparat. {ErrorCount(errors)} måste rättas innan det kan publiceras.", $"The draft is saved. {ErrorCount(errors)} must be fixed before it can be published.");

    public static string SaveRefused => UiText.Pick("Utkastet kunde inte sparas.", "The draft could not be saved.");

    public static string Valid => UiText.Pick("Flödet har inga fel och kan publiceras.", "The flow has no errors and can be published.");

    public static string ErrorCount(int count) => count == 1 ? UiText.Pick("1 fel", "1 error") : UiText.Pick($"{count} fel", $"{count} errors");

    public static string IssuesTitle(int count) => count == 1
        ? UiText.Pick("1 fel i flödet", "1 error in the flow")
        : UiText.Pick($"{count} fel i flödet", $"{count} errors in the flow");

    public static string ShowActivity(string id) => UiText.Pick($"Visa aktiviteten {id}", $"Show the activity {id}");

    public static string PublishConfirmTitle => UiText.Pick("Publicera flödet?", "Publish the flow?");

    public static string PublishConfirm(string name, int next) => UiText.Pick(
        $"{name} publiceras som version {next}. Nya labb startar på version {next}. Labb som redan pågår fortsätter på den version de startade på.",
        $"{name} is published as version {next}. New labs start on version {next}. Labs already running keep the version they started on.");

    public static string PublishUnsavedFirst => UiText.Pick("Osparade ändringar sparas i utkastet först.", "Unsaved changes are saved to the draft first.");

    public static string PublishNow => UiText.Pick("Publicera nu", "Publish now");

    public static string Cancel => UiText.Pick("Avbryt", "Cancel");

    public static string Published(int version) => UiText.Pick(
        $"Version {version} är publicerad. Labb som redan pågår behåller sin version.",
        $"Version {version} is published. Labs already running keep their version.");

    public static string PublishFailed(int count) => UiText.Pick(
        $"Flödet publicerades inte: {ErrorCount(count)} måste rättas.", $"The flow was not published: {ErrorCount(count)} must be fixed.");

    public static string LeaveConfirm => UiText.Pick(
        "Du har osparade ändringar i flödet. Vill du lämna sidan ändå? Ändringarna försvinner.",
        "You have unsaved changes in the flow. Leave the page anyway? The changes will be lost.");

    public static string CanvasLabel => UiText.Pick(
        "Ritytan: dra aktiviteter för att flytta dem, dra från ett utfall till en aktivitet för att koppla. Listvyn gör samma sak med tangentbord.",
        "The canvas: drag activities to move them, drag from an outcome to an activity to connect. The list view does the same with the keyboard.");

    public static string CanvasLoading => UiText.Pick("Ritytan laddas …", "The canvas is loading …");

    public static string Toolbox => UiText.Pick("Lägg till aktivitet", "Add an activity");

    public static string AddActivity(string typeName) => UiText.Pick($"Lägg till {typeName}", $"Add {typeName}");

    public static string Category(string category) => category switch
    {
        "Flow" => UiText.Pick("Flöde", "Flow"),
        "Tasks" => UiText.Pick("Uppgifter", "Tasks"),
        "Lab" => UiText.Pick("Labb", "Lab"),
        "Communication" => UiText.Pick("Kommunikation", "Communication"),
        _ => category,
    };

    public static string NoPhase => UiText.Pick("Ingen fas", "No phase");

    public static string PhaseLabel(string name) => UiText.Pick($"Fas: {name}", $"Phase: {name}");

    public static string UnknownType(string type) => UiText.Pick($"Okänd typ {type}", $"Unknown type {type}");

    // The property panel.
    public static string Properties => UiText.Pick("Egenskaper", "Properties");

    public static string NothingSelected => UiText.Pick(
        "Välj en aktivitet på ritytan eller i listvyn för att redigera den.",
        "Choose an activity on the canvas or in the list view to edit it.");

    public static string PropertiesOf(string id) => UiText.Pick($"Egenskaper för {id}", $"Properties of {id}");

    public static string ActivityId => UiText.Pick("Id", "Id");

    public static string ActivityIdHelp => UiText.Pick(
        "Unikt i flödet. Kopplingar följer med när du byter id; uttryck som tasks.<id> gör det inte.",
        "Unique in the flow. Connections follow when you change the id; expressions such as tasks.<id> do not.");

    public static string ActivityType => UiText.Pick("Typ", "Type");

    public static string Phase => UiText.Pick("Fas", "Phase");

    public static string Inputs => UiText.Pick("Indata", "Inputs");

    public static string Swedish => UiText.Pick("svenska", "Swedish");

    public static string English => UiText.Pick("engelska", "English");

    public static string InTheLanguage(string label, string language) => $"{label} ({language})";

    public static string NotSet => UiText.Pick("Inte angivet", "Not set");

    public static string InputHelp(string type, string editor, JsonNode? defaultValue) =>
        defaultValue is null
            ? UiText.Pick($"Typ {type}, redigerare {editor}.", $"Type {type}, editor {editor}.")
            : UiText.Pick($"Typ {type}, redigerare {editor}. Standard: {JsonPaths.Show(defaultValue)}.", $"Type {type}, editor {editor}. Default: {JsonPaths.Show(defaultValue)}.");

    public static string JsonHelp => UiText.Pick(
        "Skrivs som JSON, till exempel { \"js\": \"vars.antal > 3\" } eller en lista. Tomt tar bort värdet.",
        "Written as JSON, for example { \"js\": \"vars.count > 3\" } or a list. Empty removes the value.");

    public static string InvalidJson(string message) => UiText.Pick(
        $"Värdet är inte giltig JSON: {message} Rätta texten; inget har ändrats.",
        $"The value is not valid JSON: {message} Fix the text; nothing was changed.");

    public static string InvalidNumber => UiText.Pick("Skriv ett tal, till exempel 3 eller 2.5.", "Write a number, for example 3 or 2.5.");

    public static string DeleteActivity(string id) => UiText.Pick($"Ta bort aktiviteten {id}", $"Delete the activity {id}");

    // The list view.
    public static string ListViewTitle => UiText.Pick("Flödet som lista", "The flow as a list");

    public static string ListViewHelp => UiText.Pick(
        "Aktiviteterna per fas med sina kopplingar. Välj Redigera för att ändra en aktivitet i egenskapspanelen.",
        "The activities per phase with their connections. Choose Edit to change an activity in the property panel.");

    public static string Edit(string id) => UiText.Pick($"Redigera {id}", $"Edit {id}");

    public static string ConnectionsOf(string id) => UiText.Pick($"Kopplingar från {id}", $"Connections from {id}");

    public static string NoConnections => UiText.Pick("Inga kopplingar härifrån.", "No connections from here.");

    public static string Connection(string outcome, string target) => UiText.Pick($"{outcome} → {target}", $"{outcome} → {target}");

    public static string DeleteConnection(string from, string outcome, string to) => UiText.Pick(
        $"Ta bort kopplingen {from} {outcome} → {to}", $"Delete the connection {from} {outcome} → {to}");

    public static string Outcome => UiText.Pick("Utfall", "Outcome");

    public static string Target => UiText.Pick("Till aktivitet", "To activity");

    public static string Connect => UiText.Pick("Koppla", "Connect");

    public static string ConnectFrom(string id) => UiText.Pick($"Ny koppling från {id}", $"New connection from {id}");

    public static string ConnectionExists => UiText.Pick("Den kopplingen finns redan.", "That connection exists already.");

    public static string Connected(string from, string outcome, string to) => UiText.Pick(
        $"{from} {outcome} är kopplad till {to}.", $"{from} {outcome} is connected to {to}.");

    public static string AddedActivity(string id) => UiText.Pick($"Aktiviteten {id} är tillagd.", $"The activity {id} is added.");

    public static string DeletedActivity(string id) => UiText.Pick($"Aktiviteten {id} är borttagen med sina kopplingar.", $"The activity {id} is deleted with its connections.");

    public static string ChooseTarget => UiText.Pick("Välj aktivitet", "Choose an activity");

    public static string ActivityIn(string typeName, string? phase) => phase is null ? typeName : $"{typeName}, {phase}";

    public static string SampleLabTitle => UiText.Pick("Exempellabbet", "The sample lab");

    public static string SampleChallenge => UiText.Pick("Hur kan vi göra rekryteringen mer jämlik?", "How can we make recruitment more equal?");
}
