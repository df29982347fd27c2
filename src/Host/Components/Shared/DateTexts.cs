namespace LabFlow.Host.Components.Shared;

/// <summary>Texts of a date field (<see cref="DateInput"/>, the task form's date field).</summary>
internal static class DateTexts
{
    public static string Placeholder => UiText.Pick("åååå-mm-dd", "yyyy-mm-dd");

    public static string FormatHint => UiText.Pick("Skriv datumet som åååå-mm-dd, till exempel 2026-03-15.", "Write the date as yyyy-mm-dd, for example 2026-03-15.");

    public static string NotADate(string text) => UiText.Pick(
        $"”{text}” är inget datum. Skriv det som åååå-mm-dd, till exempel 2026-03-15.",
        $"“{text}” is not a date. Write it as yyyy-mm-dd, for example 2026-03-15.");
}
