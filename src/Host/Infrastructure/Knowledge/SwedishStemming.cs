using LabFlow.Activities.Knowledge;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace LabFlow.Host.Infrastructure.Knowledge;

/// <summary>
/// Swedish words to their Snowball stems (Lucene.Net's port of the Swedish stemmer, the algorithm PostgreSQL's
/// <c>swedish</c> configuration also uses): "förskolan" and "förskolor" both become "förskol". SQLite's FTS5 has no
/// Swedish stemmer, so the bank's text is indexed, and queries are searched, as these stems. Stop words are left out
/// as PostgreSQL's <c>swedish</c> configuration leaves them out: Lucene's Swedish stop set is Snowball's list, the
/// same 114 words as PostgreSQL's <c>swedish.stop</c>, so both databases find the same entries.
/// </summary>
internal static class SwedishStemming
{
    /// <summary>Whether <paramref name="word"/> (lower case) is a Swedish stop word, which neither database indexes or searches.</summary>
    public static bool IsStopWord(string word) => SwedishAnalyzer.DefaultStopSet.Contains(word);

    /// <summary>The stems of the words of <paramref name="text"/> that are not stop words, in order (repeats kept, for ranking).</summary>
    public static IReadOnlyList<string> Stems(string? text)
    {
        // A stemmer holds the word it works on, so each call has its own.
        var stemmer = new SwedishStemmer();
        var stems = new List<string>();
        foreach (var word in KnowledgeText.Words(text).Where(w => !IsStopWord(w)))
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            stems.Add(stemmer.Current);
        }

        return stems;
    }
}
