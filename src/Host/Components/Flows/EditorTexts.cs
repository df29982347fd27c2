using LabFlow.Activities.Forms;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Admin;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Flows;

/// <summary>The texts of the property panel's structured input editors.</summary>
internal static class EditorTexts
{
    public static string Advanced => UiText.Pick("Avancerat (JSON)", "Advanced (JSON)");

    public static string CannotShow => UiText.Pick(
        "Redigeraren kan inte visa det här värdet, så det visas som JSON. Skriv om det eller töm fältet för att använda redigeraren.",
        "The editor cannot show this value, so it is shown as JSON. Rewrite it or clear the field to use the editor.");

    public static string RoleName(Role role) => AdminTexts.RoleName(role);

    public static string RoleName(string? role) => Roles.TryParse(role, out var parsed) ? RoleName(parsed) : role ?? string.Empty;

    public static string NotSet => UiText.Pick("Inte angivet", "Not set");

    public static string Who => UiText.Pick("Vem", "Who");

    public static string ARole => UiText.Pick("En roll i labbet", "A role in the lab");

    public static string LaunchInput => UiText.Pick("Personen som anges vid start i", "The person given at launch in");

    public static string LaunchInputOption(string input) => UiText.Pick($"Personen som anges vid start i ”{input}”", $"The person given at launch in '{input}'");

    public static string Each => UiText.Pick("En uppgift per person", "One task per person");

    public static string Add => UiText.Pick("Lägg till", "Add");

    public static string Remove(string what) => UiText.Pick($"Ta bort {what}", $"Remove {what}");

    public static string MoveUp(string what) => UiText.Pick($"Flytta upp {what}", $"Move {what} up");

    public static string MoveDown(string what) => UiText.Pick($"Flytta ner {what}", $"Move {what} down");

    public static string Person(int number) => UiText.Pick($"mottagare {number}", $"recipient {number}");

    public static string AddPerson => UiText.Pick("Lägg till mottagare", "Add recipient");

    public static string NoneChosen => UiText.Pick("Ingen vald.", "None chosen.");

    // Dates
    public static string DateKind => UiText.Pick("Datumet räknas", "The date counts");

    public static string AfterStart => UiText.Pick("efter labbets start", "after the lab's start");

    public static string BeforeStart => UiText.Pick("före labbets start", "before the lab's start");

    public static string AfterCreated => UiText.Pick("efter att steget skapas", "after this step is created");

    public static string FixedDate => UiText.Pick("ett fast datum", "a fixed date");

    public static string Amount => UiText.Pick("Antal", "Number");

    public static string Unit => UiText.Pick("Enhet", "Unit");

    public static string Days => UiText.Pick("dagar", "days");

    public static string WorkingDays => UiText.Pick("arbetsdagar", "working days");

    public static string Months => UiText.Pick("månader", "months");

    public static string Date => UiText.Pick("Datum", "Date");

    public static string ExampleDate(string start, string result) => UiText.Pick(
        $"Exempel: med start {start} blir det {result}.", $"Example: with a start on {start} it is {result}.");

    // Reminders and escalation
    public static string DaysBefore => UiText.Pick("dagar före", "days before");

    public static string Reminder(int number) => UiText.Pick($"påminnelse {number}", $"reminder {number}");

    public static string AddReminder => UiText.Pick("Lägg till påminnelse", "Add reminder");

    public static string NoReminders => UiText.Pick("Inga påminnelser.", "No reminders.");

    public static string OverdueDays => UiText.Pick("Efter så många dagar försenad", "After this many days overdue");

    public static string Notify => UiText.Pick("Meddela", "Notify");

    public static string ReassignTo => UiText.Pick("Flytta uppgiften till (valfritt)", "Reassign to (optional)");

    public static string NoReassign => UiText.Pick("Flytta inte", "Do not reassign");

    // Actions and agenda
    public static string ActionName => UiText.Pick("Utfall (id)", "Outcome (id)");

    public static string ActionLabel => UiText.Pick("Text på knappen", "Button text");

    public static string Action(int number) => UiText.Pick($"knapp {number}", $"button {number}");

    public static string AddAction => UiText.Pick("Lägg till knapp", "Add button");

    public static string ActionsHelp => UiText.Pick(
        "Varje knapp blir ett utfall som kan kopplas vidare i flödet.", "Each button becomes an outcome that can be connected onwards in the flow.");

    public static string ItemTitle => UiText.Pick("Punkt", "Item");

    public static string Minutes => UiText.Pick("Minuter", "Minutes");

    public static string Method => UiText.Pick("Metod", "Method");

    public static string Notes => UiText.Pick("Anteckningar", "Notes");

    public static string AgendaItem(int number) => UiText.Pick($"punkt {number}", $"item {number}");

    public static string AddAgendaItem => UiText.Pick("Lägg till punkt", "Add item");

    public static string AgendaTotal(int minutes) => UiText.Pick($"Sammanlagt {minutes} minuter.", $"{minutes} minutes in all.");

    // Expressions
    public static string Script => UiText.Pick("Uttryck (JavaScript)", "Expression (JavaScript)");

    public static string ScriptOk => UiText.Pick("Uttrycket är giltigt.", "The expression is valid.");

    public static string ScriptError(string error) => UiText.Pick($"Uttrycket går inte att läsa: {error}", $"The expression cannot be read: {error}");

    public static string InScope => UiText.Pick("Det här kan uttrycket använda", "What the expression may use");

    public static string InsertName(string name) => UiText.Pick($"Infoga {name}", $"Insert {name}");

    // Forms
    public static string Fields => UiText.Pick("Fält", "Fields");

    public static string Field(int number) => UiText.Pick($"fält {number}", $"field {number}");

    public static string AddField => UiText.Pick("Lägg till fält", "Add field");

    public static string FieldType => UiText.Pick("Fälttyp", "Field type");

    public static string Key => UiText.Pick("Nyckel (id)", "Key (id)");

    public static string Label => UiText.Pick("Rubrik", "Label");

    public static string Help => UiText.Pick("Hjälptext", "Help text");

    public static string RequiredField => UiText.Pick("Obligatoriskt", "Required");

    public static string PersonalField => UiText.Pick("Personuppgifter om andra (töms vid radering av en person)", "Personal data about others (emptied when a person is erased)");

    public static string Doers => UiText.Pick("De som gjorde steget", "The people who did the step");

    public static string MaxLength => UiText.Pick("Högst antal tecken", "Maximum characters");

    public static string Min => UiText.Pick("Minsta värde", "Minimum");

    public static string Max => UiText.Pick("Största värde", "Maximum");

    public static string MinSelected => UiText.Pick("Minst antal val", "Fewest choices");

    public static string MaxSelected => UiText.Pick("Högst antal val", "Most choices");

    public static string MinRows => UiText.Pick("Minst antal rader", "Fewest rows");

    public static string MaxRows => UiText.Pick("Högst antal rader", "Most rows");

    public static string Options => UiText.Pick("Alternativ", "Options");

    public static string Items => UiText.Pick("Punkter", "Items");

    public static string Option(int number) => UiText.Pick($"alternativ {number}", $"option {number}");

    public static string AddOption => UiText.Pick("Lägg till alternativ", "Add option");

    public static string OptionValue => UiText.Pick("Värde (id)", "Value (id)");

    public static string PersonRole => UiText.Pick("Välj bland personer med rollen", "Choose among people with the role");

    public static string AnyRole => UiText.Pick("Alla", "Anyone");

    public static string Columns => UiText.Pick("Kolumner", "Columns");

    public static string Preset => UiText.Pick("Färdigt fält", "Preset");

    public static string Preview => UiText.Pick("Förhandsvisning (så ser uppgiften ut)", "Preview (how the task will look)");

    public static string PreviewErrors => UiText.Pick("Formuläret kan inte visas än:", "The form cannot be shown yet:");

    public static string NewFieldLabel => UiText.Pick("Nytt fält", "New field");

    public static string DragHint => UiText.Pick(
        "Dra ett fält för att flytta det, eller använd knapparna Flytta upp och Flytta ner.", "Drag a field to move it, or use the Move up and Move down buttons.");

    public static string FieldTypeName(string type) => type switch
    {
        nameof(FormFieldType.Text) => UiText.Pick("Text (en rad)", "Text (one line)"),
        nameof(FormFieldType.LongText) => UiText.Pick("Lång text", "Long text"),
        nameof(FormFieldType.Number) => UiText.Pick("Tal", "Number"),
        nameof(FormFieldType.Date) => UiText.Pick("Datum", "Date"),
        nameof(FormFieldType.Choice) => UiText.Pick("Ett val", "Choice"),
        nameof(FormFieldType.MultiChoice) => UiText.Pick("Flera val", "Multiple choice"),
        nameof(FormFieldType.Checklist) => UiText.Pick("Checklista", "Checklist"),
        nameof(FormFieldType.Rating) => UiText.Pick("Betyg 1–5", "Rating 1–5"),
        nameof(FormFieldType.Person) => UiText.Pick("Person", "Person"),
        nameof(FormFieldType.Link) => UiText.Pick("Länk", "Link"),
        nameof(FormFieldType.Group) => UiText.Pick("Tabell (upprepade rader)", "Table (repeating rows)"),
        nameof(FormFieldType.File) => UiText.Pick("Fil", "File"),
        _ => type,
    };

    public static string PresetName(string preset) => preset switch
    {
        FormPresets.DiscriminationGrounds => UiText.Pick("De sju diskrimineringsgrunderna", "The seven grounds of discrimination"),
        FormPresets.RiskTable => UiText.Pick("Risktabell", "Risk table"),
        FormPresets.ThreeR => UiText.Pick("3R-analys", "3R analysis"),
        FormPresets.SkrChecklist => UiText.Pick("SKR:s checklista", "SKR checklist"),
        FormPresets.EqualityTargetAreas => UiText.Pick("Jämställdhetsmålens områden", "Equality target areas"),
        FormPresets.EmployerAreas => UiText.Pick("Arbetsgivarens områden", "Employer areas"),
        FormPresets.EqualityGrounds => UiText.Pick("Grunder för likabehandling", "Equality grounds"),
        FormPresets.JamkasPlus => UiText.Pick("Jämkas Plus", "Jämkas Plus"),
        FormPresets.DataProtection => UiText.Pick("Dataskydd", "Data protection"),
        _ => preset,
    };

    public static string CasesHelp => UiText.Pick(
        "Varje fall är ett utfall med ett villkor. Växeln tar det första fall vars villkor är sant (eller alla, om läget är All) och annars utfallet Annars. Kopplingarna följer fallens namn.",
        "Each case is an outcome with a condition. The switch takes the first case whose condition is true (or all of them, in mode All), and otherwise the outcome Otherwise. The connections follow the cases' names.");

    public static string Case(int number) => UiText.Pick($"fall {number}", $"case {number}");

    public static string CaseName => UiText.Pick("Namn (utfallet som kopplingarna utgår från)", "Name (the outcome connections start from)");

    public static string CaseCondition => UiText.Pick("Villkor (JavaScript, sant eller falskt)", "Condition (JavaScript, true or false)");

    public static string AddCase => UiText.Pick("Lägg till fall", "Add case");

    public static string Template => UiText.Pick("Mall (Liquid)", "Template (Liquid)");

    public static string TemplateHelp => UiText.Pick(
        "Skriv texten och sätt in värden med {{ namn }}, till exempel {{ lab.title }}.",
        "Write the text and insert values with {{ name }}, for example {{ lab.title }}.");

    public static string TemplateError(string error) => UiText.Pick($"Mallen går inte att läsa: {error}", $"The template cannot be read: {error}");

    public static string TemplatePreview => UiText.Pick("Förhandsvisning med exempelvärden", "Preview with sample values");

    public static string UseTemplate => UiText.Pick("Sätt in värden i texten (mall)", "Insert values into the text (template)");
}
