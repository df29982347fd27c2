namespace LabFlow.Host.Components.Shared;

/// <summary>Texts of a paged list's "show more" (<see cref="ShowMore"/>).</summary>
internal static class ShowMoreTexts
{
    public static string Button => UiText.Pick("Visa fler", "Show more");

    public static string Shown(int count) => UiText.Pick($"{count} visas.", $"{count} shown.");
}
