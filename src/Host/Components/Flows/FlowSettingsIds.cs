using System.Globalization;
using System.Text;

namespace LabFlow.Host.Components.Flows;

/// <summary>Ids for what the settings panel adds: a phase id from its Swedish name, a free name for a new input or variable.</summary>
internal static class FlowSettingsIds
{
    /// <summary>
    /// A phase id from its name (<c>"Ta fram idéer"</c> → <c>taFramIdeer</c>), unique among <paramref name="taken"/>.
    /// Activities refer to phases by id, so the id never changes after it is made; the name can.
    /// </summary>
    public static string NewPhaseId(string name, IEnumerable<string> taken)
    {
        var plain = new string([.. RemoveDiacritics(name).Select(static c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]);
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var id = new StringBuilder();
        foreach (var word in words)
        {
            id.Append(id.Length == 0 ? word.ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant());
        }

        var stem = id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "phase" + id : id.ToString();
        return Unique(stem, taken);
    }

    /// <summary><c>value</c>, <c>value2</c> … whichever is free.</summary>
    public static string FreeName(IEnumerable<string> taken) => Unique("value", taken);

    private static string Unique(string stem, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(stem))
        {
            return stem;
        }

        var number = 2;
        while (used.Contains(stem + number.ToString(CultureInfo.InvariantCulture)))
        {
            number++;
        }

        return stem + number.ToString(CultureInfo.InvariantCulture);
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            kept.Append(c);
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
