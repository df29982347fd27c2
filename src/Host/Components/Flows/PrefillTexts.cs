using System.Globalization;
using LabFlow.Activities.Forms;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Flows;

/// <summary>The form builder's texts for a field that starts from earlier answers (the field's <c>initial</c>).</summary>
internal static class PrefillTexts
{
    public static string StartsFrom => UiText.Pick("Startvärde", "Starts from");

    public static string Empty => UiText.Pick("Tomt (inget startvärde)", "Empty (no starting value)");

    public static string Help => UiText.Pick(
        "Fältet fylls i från ett tidigare steg eller ett värde i labbet när uppgiften öppnas. Den som gör uppgiften ser värdet och kan ändra det.",
        "The field is filled from an earlier step or a lab value when the task is opened. The person doing the task sees the value and may change it.");

    public static string Kept(string shown) => UiText.Pick($"Som nu: {shown}", $"As now: {shown}");

    /// <summary>"Nulägesunderlag › Indikatorer" in the page's language.</summary>
    public static string Describe(PrefillSource source)
    {
        var culture = CultureInfo.CurrentUICulture;
        return $"{source.Source.Get(culture)} › {source.Label.Get(culture)}";
    }
}
