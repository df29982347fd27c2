using LabFlow.Activities.Knowledge;

namespace LabFlow.Host.Infrastructure.Knowledge;

/// <summary>
/// The forms a searched word is looked for in. Snowball's Swedish stemmer leaves two common definite endings alone
/// ("förskolan" stays "förskolan" while "förskola" and "förskolor" become "förskol"; "barnet" stays "barnet"), so a
/// word ending in <c>-an</c> is also searched without its <c>n</c>, and one ending in <c>-et</c> without it, each after
/// a genitive <c>s</c> is taken off. Both providers search the same forms, each stemmed by its own Snowball stemmer,
/// and a match of any form of a word counts as that word. Stop words, and forms that are stop words, are dropped here
/// for both (<see cref="SwedishStemming.IsStopWord"/>): PostgreSQL would drop them itself, SQLite would otherwise
/// require them.
/// </summary>
internal static class SwedishQueryForms
{
    private const int ShortestToTrim = 5;

    /// <summary>Per word of <paramref name="query"/>, the distinct forms to look for (the word first).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string? query) =>
        [.. KnowledgeText.Words(query).Distinct(StringComparer.Ordinal).Where(w => !SwedishStemming.IsStopWord(w)).Select(Forms)];

    private static IReadOnlyList<string> Forms(string word)
    {
        var forms = new List<string> { word };
        var bare = word.Length >= ShortestToTrim && word.EndsWith('s') ? word[..^1] : word;
        if (bare.Length >= ShortestToTrim && bare.EndsWith("an", StringComparison.Ordinal))
        {
            forms.Add(bare[..^1]);
        }
        else if (bare.Length >= ShortestToTrim && bare.EndsWith("et", StringComparison.Ordinal))
        {
            forms.Add(bare[..^2]);
        }

        return [.. forms.Where(f => !SwedishStemming.IsStopWord(f))];
    }
}
