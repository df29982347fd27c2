namespace LabFlow.Host.Components.Shared;

/// <summary>Texts of the shared form parts: the error summary and the error beside a field.</summary>
internal static class SharedTexts
{
    public static string ErrorSummaryTitle => UiText.Pick("Rätta följande och försök igen", "Fix the following and try again");

    /// <summary>Read before a field's error by screen readers, hidden on screen.</summary>
    public static string ErrorPrefix => UiText.Pick("Fel:", "Error:");
}
