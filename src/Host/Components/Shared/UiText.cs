using System.Globalization;
using LabFlow.Activities.Time;

namespace LabFlow.Host.Components.Shared;

/// <summary>
/// Picks a page text in the current UI culture: Swedish unless the request localization chose English (the culture
/// cookie the language switch sets, or the browser's language). Each feature keeps its texts in one typed class
/// (<c>AccountTexts</c>, <c>LayoutTexts</c> …) built on this, so no page holds a one-language string.
/// </summary>
internal static class UiText
{
    public const string Swedish = "sv";
    public const string English = "en";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    /// <summary>The language of the page: <c>sv</c> or <c>en</c>.</summary>
    public static string Language => IsEnglish ? English : Swedish;

    public static string Pick(string swedish, string english) => IsEnglish ? english : swedish;

    /// <summary>A date as people read it: <c>4 mars 2030</c> in Swedish, <c>4 March 2030</c> in English.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>An instant in Stockholm time: <c>4 mars 2030 08:00</c>.</summary>
    public static string DateTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, LabCalendar.Stockholm).ToString("d MMMM yyyy HH:mm", Culture);

    private static CultureInfo Culture => CultureInfo.GetCultureInfo(IsEnglish ? "en-GB" : "sv-SE");
}
