namespace LabFlow.Host.Components.Shared;

/// <summary>Texts of the person picker (<see cref="PersonPicker"/>).</summary>
internal static class PickerTexts
{
    public static string Placeholder => UiText.Pick("Skriv namn eller e-post", "Type a name or email");

    /// <summary>The suggestions list's name, apart from the field's own so that the label names one control.</summary>
    public static string Options(string label) => UiText.Pick($"Förslag: {label}", $"Suggestions: {label}");

    public static string Chosen(string label) => UiText.Pick($"Valda: {label}", $"Chosen: {label}");

    public static string Remove(string name) => UiText.Pick($"Ta bort {name}", $"Remove {name}");

    public static string Matches(int count) => count switch
    {
        0 => UiText.Pick("Ingen träff. Prova en annan stavning eller e-postadressen.", "No match. Try another spelling or the email address."),
        1 => UiText.Pick("1 träff. Välj med Enter.", "1 match. Choose with Enter."),
        _ => UiText.Pick($"{count} träffar. Flytta med pil upp och ned, välj med Enter.", $"{count} matches. Move with the up and down arrows, choose with Enter."),
    };

    public static string Chose(string name) => UiText.Pick($"{name} vald.", $"{name} chosen.");

    public static string Removed(string name) => UiText.Pick($"{name} borttagen.", $"{name} removed.");
}
