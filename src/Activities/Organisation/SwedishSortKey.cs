using System.Globalization;
using System.Text;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// A person's name as a key whose plain byte (ordinal) order is Swedish alphabetical order: case-insensitive, accents
/// ignored (é as e) except that å, ä and ö are letters of their own after z (æ as ä, ø as ö, ü as y), digits before
/// letters, and any run of spaces or punctuation one separator that sorts first ("Ann Berg" before "Anna"). Databases
/// compare it byte by byte (SQLite's BINARY, PostgreSQL's "C" collation), so the people list can sort and page in SQL
/// in the order a Swede expects, which neither SQLite's NOCASE nor PostgreSQL's default collation gives.
/// </summary>
public static class SwedishSortKey
{
    // The three letters after z take the code points after 'z' ('{', '|', '}'), so ordinal order puts them last.
    private const char ARing = '{';
    private const char ADiaeresis = '|';
    private const char ODiaeresis = '}';
    private const char Separator = ' ';

    /// <summary>The key of <paramref name="text"/>; never longer than the text, so it fits the name's column.</summary>
    public static string For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                pendingSeparator = key.Length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                key.Append(Separator);
                pendingSeparator = false;
            }

            var lower = Rune.ToLowerInvariant(rune);
            switch (lower.Value)
            {
                case 'å':
                    key.Append(ARing);
                    break;
                case 'ä' or 'æ':
                    key.Append(ADiaeresis);
                    break;
                case 'ö' or 'ø':
                    key.Append(ODiaeresis);
                    break;
                case 'ü':
                    key.Append('y');
                    break;
                default:
                    AppendWithoutAccent(key, lower);
                    break;
            }
        }

        // Unicode composition can lengthen a rare character; the key must still fit the name's column.
        return key.Length > text.Length ? key.ToString(0, text.Length) : key.ToString();
    }

    /// <summary>A Latin letter with an accent (é, ç, ñ) as its base letter; any other letter or digit as it is.</summary>
    private static void AppendWithoutAccent(StringBuilder key, Rune letter)
    {
        if (letter.IsAscii)
        {
            key.Append((char)letter.Value);
            return;
        }

        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed[0] is >= 'a' and <= 'z' && CharUnicodeInfo.GetUnicodeCategory(decomposed, decomposed.Length - 1) == UnicodeCategory.NonSpacingMark)
        {
            key.Append(decomposed[0]);
            return;
        }

        key.Append(letter.ToString());
    }
}
