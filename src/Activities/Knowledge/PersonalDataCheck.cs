using System.Text.RegularExpressions;

namespace LabFlow.Activities.Knowledge;

/// <summary>
/// The check that asks before an entry leaves its lab: it looks for what plainly identifies a person (an email
/// address, a personal identity number, a phone number, the name of one of the lab's people). It cannot prove a
/// text anonymous, so publishing also needs the facilitator's confirmation that personal data is removed.
/// </summary>
public static partial class PersonalDataCheck
{
    /// <summary>What was found in <paramref name="text"/>, each as a short English description with the match.</summary>
    public static IReadOnlyList<string> Find(string text, IEnumerable<string> names)
    {
        var found = new List<string>();
        found.AddRange(Email().Matches(text).Select(m => m.Value));
        found.AddRange(IdentityNumber().Matches(text).Select(m => m.Value));
        found.AddRange(Phone().Matches(text).Select(m => m.Value.Trim()));
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }

        return found;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();

    /// <summary>Swedish personal identity numbers: (19|20)YYMMDD-NNNN, YYMMDD-NNNN or YYMMDD+NNNN.</summary>
    [GeneratedRegex(@"\b(19|20)?\d{6}[-+]\d{4}\b|\b(19|20)\d{10}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdentityNumber();

    /// <summary>Swedish phone numbers: 0 or +46 followed by at least seven more digits, with spaces or hyphens between.</summary>
    [GeneratedRegex(@"(?<!\d)(\+46|0)[\s-]?\d{1,3}([\s-]?\d){6,8}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Phone();
}
