using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>Texts of the people list's order and pages (<c>/admin/people</c>).</summary>
internal static class PeopleListTexts
{
    public static string SortLabel => UiText.Pick("Sortera efter", "Sort by");

    public static string ByName => UiText.Pick("Namn", "Name");

    public static string ByEmail => UiText.Pick("E-post", "Email");

    public static string Shown(int count, bool more) => more
        ? UiText.Pick($"{count} personer visas; det finns fler.", $"{count} people shown; there are more.")
        : AdminTexts.PeopleCount(count);
}
