using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>The texts of the administrations page in Swedish and English.</summary>
internal static class AdministrationTexts
{
    public static string Title => UiText.Pick("Förvaltningar", "Administrations");

    public static string Intro => UiText.Pick(
        "Förvaltningarna som kan driva labb i LabFlow, med sina officiella namn. En avvecklad förvaltning kan inte starta nya labb men behåller sina labb, personer och sin historik.",
        "The administrations that can run labs in LabFlow, with their official names. A retired administration cannot start new labs but keeps its labs, people and history.");

    public static string Name => UiText.Pick("Officiellt namn", "Official name");

    public static string Id => UiText.Pick("Id", "Id");

    public static string Status => UiText.Pick("Status", "Status");

    public static string InUse => UiText.Pick("I bruk", "In use");

    public static string Retired => UiText.Pick("Avvecklad", "Retired");

    public static string Rename => UiText.Pick("Byt namn", "Rename");

    public static string RenameLabel(string name) => UiText.Pick($"Nytt namn för {name}", $"New name for {name}");

    public static string Retire => UiText.Pick("Avveckla", "Retire");

    public static string Reinstate => UiText.Pick("Ta i bruk igen", "Reinstate");

    public static string Add => UiText.Pick("Lägg till förvaltning", "Add administration");

    public static string NameRequired => UiText.Pick("Skriv förvaltningens officiella namn, till exempel Kulturförvaltningen.", "Write the administration's official name, such as Kulturförvaltningen.");

    public static string NameTaken(string name) => UiText.Pick($"Det finns redan en förvaltning som heter {name}.", $"There already is an administration called {name}.");

    public static string Added(string name) => UiText.Pick($"{name} är tillagd.", $"{name} has been added.");

    public static string Renamed(string name) => UiText.Pick($"Namnet är ändrat till {name}.", $"The name is now {name}.");

    public static string RetiredNotice(string name) => UiText.Pick($"{name} är avvecklad.", $"{name} is retired.");

    public static string ReinstatedNotice(string name) => UiText.Pick($"{name} är i bruk igen.", $"{name} is in use again.");
}
