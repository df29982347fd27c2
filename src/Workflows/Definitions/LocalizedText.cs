using System.Globalization;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// Text shown to people: either one string for every culture, or one string per culture
/// (<c>{ "sv": "Utforska", "en": "Explore" }</c>). Swedish is the fallback culture.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>The culture used when a text has no entry for the requested one.</summary>
    public const string FallbackCulture = "sv";

    // Dictionary keeps insertion order when nothing is removed, so saving keeps the file's culture order.
    private readonly Dictionary<string, string>? _byCulture;

    private LocalizedText(string? invariant, Dictionary<string, string>? byCulture)
    {
        Invariant = invariant;
        _byCulture = byCulture;
    }

    /// <summary>The text when it was given as a plain string; otherwise <c>null</c>.</summary>
    public string? Invariant { get; }

    /// <summary>Per-culture entries (empty when the text is a plain string).</summary>
    public IReadOnlyDictionary<string, string> ByCulture =>
        (IReadOnlyDictionary<string, string>?)_byCulture ?? new Dictionary<string, string>();

    public static LocalizedText Of(string text) => new(text, null);

    public static LocalizedText Of(IEnumerable<KeyValuePair<string, string>> byCulture) =>
        new(null, new Dictionary<string, string>(byCulture, StringComparer.Ordinal));

    public static LocalizedText Of(string swedish, string english) =>
        Of([new("sv", swedish), new("en", english)]);

    /// <summary>Text for <paramref name="culture"/> (its two-letter name), falling back to Swedish, then to any entry.</summary>
    public string Get(CultureInfo? culture = null)
    {
        if (Invariant is not null)
        {
            return Invariant;
        }

        var byCulture = _byCulture!;
        var name = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        if (byCulture.TryGetValue(name, out var text) || byCulture.TryGetValue(FallbackCulture, out text))
        {
            return text;
        }

        return byCulture.Values.FirstOrDefault() ?? string.Empty;
    }

    public override string ToString() => Get(CultureInfo.InvariantCulture);

    public bool Equals(LocalizedText? other) =>
        other is not null
        && Invariant == other.Invariant
        && ByCulture.Count == other.ByCulture.Count
        && ByCulture.All(p => other.ByCulture.TryGetValue(p.Key, out var v) && v == p.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => Invariant?.GetHashCode(StringComparison.Ordinal) ?? ByCulture.Count;
}
