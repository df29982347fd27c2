using LabFlow.Activities.Knowledge;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace LabFlow.Host.Infrastructure.Knowledge;

/// <summary>
/// Swedish words to their Snowball stems (Lucene.Net's port of the Swedish stemmer, the algorithm PostgreSQL's
/// <c>swedish</c> configuration also uses): "förskolan" and "förskolor" both become "förskol". SQLite's FTS5 has no
/// Swedish stemmer, so the bank's text is indexed, and queries are searched, as these stems.
/// </summary>
internal static class SwedishStemming
{
    /// <summary>The stems of the words of <paramref name="text"/>, in order (repeats kept, for ranking).</summary>
    public static IReadOnlyList<string> Stems(string? text)
    {
        // A stemmer holds the word it works on, so each call has its own.
        var stemmer = new SwedishStemmer();
        var stems = new List<string>();
        foreach (var word in KnowledgeText.Words(text))
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            stems.Add(stemmer.Current);
        }

        return stems;
    }
}
