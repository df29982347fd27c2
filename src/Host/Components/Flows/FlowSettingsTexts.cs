using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>The words of the flow settings panel (name, description, phases, inputs, variables), Swedish first.</summary>
internal static class FlowSettingsTexts
{
    public static string Open => UiText.Pick("Flödets inställningar", "Flow settings");

    public static string Title => UiText.Pick("Flödets inställningar", "Flow settings");

    public static string Intro => UiText.Pick(
        "Namn, beskrivning, faser, indata och variabler för hela flödet. Ändringarna sparas med Spara utkast.",
        "Name, description, phases, inputs and variables of the whole flow. Save draft keeps the changes.");

    public static string FlowName => UiText.Pick("Flödets namn", "Flow name");

    public static string Description => UiText.Pick("Beskrivning", "Description");

    public static string Phases => UiText.Pick("Faser", "Phases");

    public static string PhasesHelp => UiText.Pick(
        "Faserna i den ordning labbet går igenom dem. En fas som har aktiviteter kan inte tas bort; flytta dem först.",
        "The phases in the order the lab passes through them. A phase with activities cannot be removed; move them first.");

    public static string PhaseName => UiText.Pick("Fasens namn", "Phase name");

    public static string Kind => UiText.Pick("Typ: vad en körning kallas i sidor och mejl", "Kind: what a run is called on pages and in emails");

    public static string PhaseColor => UiText.Pick("Fasens färg (visas bredvid fasens namn)", "The phase's colour (shown beside its name)");

    public static string Phase(int number) => UiText.Pick($"fas {number}", $"phase {number}");

    public static string PhaseIdIs(string id) => UiText.Pick($"Id: {id}", $"Id: {id}");

    public static string PhaseInUse(string name) => UiText.Pick(
        $"Fasen {name} har aktiviteter och kan inte tas bort. Flytta aktiviteterna till en annan fas först.",
        $"Phase {name} has activities and cannot be removed. Move its activities to another phase first.");

    public static string NewPhaseName => UiText.Pick("Namn på ny fas", "Name of the new phase");

    public static string AddPhase => UiText.Pick("Lägg till fas", "Add phase");

    public static string PhaseNameMissing => UiText.Pick("Skriv fasens namn först.", "Type the phase's name first.");

    public static string Inputs => UiText.Pick("Indata vid start", "Inputs at launch");

    public static string InputsHelp => UiText.Pick(
        "Det som anges när ett labb startas, t.ex. utmaningen. Aktiviteter läser dem som inputs.namn.",
        "What is given when a lab is launched, such as the challenge. Activities read them as inputs.name.");

    public static string Variables => UiText.Pick("Variabler", "Variables");

    public static string VariablesHelp => UiText.Pick(
        "Värden som flödet sätter medan det körs. Aktiviteter läser dem som vars.namn.",
        "Values the flow sets while it runs. Activities read them as vars.name.");

    public static string ParameterName => UiText.Pick("Namn (bokstäver och siffror)", "Name (letters and digits)");

    public static string ParameterType => UiText.Pick("Typ", "Type");

    public static string ParameterRequired => UiText.Pick("Måste anges", "Required");

    public static string ParameterLabel => UiText.Pick("Etikett", "Label");

    public static string Input(int number) => UiText.Pick($"indata {number}", $"input {number}");

    public static string Variable(int number) => UiText.Pick($"variabel {number}", $"variable {number}");

    public static string AddInput => UiText.Pick("Lägg till indata", "Add input");

    public static string AddVariable => UiText.Pick("Lägg till variabel", "Add variable");

    public static string Back => UiText.Pick("Tillbaka till aktiviteten", "Back to the activity");

    public static string TypeName(FlowValueType type) => type switch
    {
        FlowValueType.String => UiText.Pick("Text (en rad)", "Text (one line)"),
        FlowValueType.Text => UiText.Pick("Text (flera rader)", "Text (several lines)"),
        FlowValueType.Number => UiText.Pick("Tal", "Number"),
        FlowValueType.Boolean => UiText.Pick("Ja eller nej", "Yes or no"),
        FlowValueType.Date => UiText.Pick("Datum", "Date"),
        FlowValueType.DateTime => UiText.Pick("Datum och tid", "Date and time"),
        FlowValueType.Duration => UiText.Pick("Tidslängd", "Duration"),
        FlowValueType.Person => UiText.Pick("Person", "Person"),
        FlowValueType.PersonList => UiText.Pick("Personer", "People"),
        FlowValueType.Administration => UiText.Pick("Förvaltning", "Administration"),
        FlowValueType.Object => UiText.Pick("Sammansatt värde", "Composite value"),
        FlowValueType.List => UiText.Pick("Lista", "List"),
        _ => UiText.Pick("Vilket värde som helst", "Any value"),
    };
}
