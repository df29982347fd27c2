using System.Globalization;

namespace LabFlow.Activities.Email;

/// <summary>The languages emails are written in: Swedish unless the recipient asked for English.</summary>
internal static class EmailCultures
{
    public const string Swedish = "sv";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Swedish, English];

    public static string Normalize(string? culture) =>
        culture is not null && culture.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Swedish;

    /// <summary>Formatting culture: Swedish, or British English (day before month, 24-hour clock).</summary>
    public static CultureInfo Formatting(string culture) =>
        CultureInfo.GetCultureInfo(culture == English ? "en-GB" : "sv-SE");
}
