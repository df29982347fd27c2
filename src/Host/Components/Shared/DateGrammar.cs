using System.Globalization;

namespace LabFlow.Host.Components.Shared;

/// <summary>
/// The one date format every date field shows and accepts, in Swedish and English alike: <c>yyyy-MM-dd</c> (ISO 8601,
/// the Swedish standard form), never the browser's own format. Typing without leading zeros or dashes is accepted
/// and shown back in the one format.
/// </summary>
internal static class DateGrammar
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>A regular expression for the input's <c>pattern</c>: what <see cref="TryParse"/> accepts.</summary>
    public const string Pattern = @"\s*\d{4}-?\d{1,2}-?\d{1,2}\s*";

    private static readonly string[] Accepted = [Format, "yyyy-M-d", "yyyyMMdd"];

    public static string Show(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
