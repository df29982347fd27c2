namespace LabFlow.Activities.Knowledge;

/// <summary>Words of a text as search sees them, the filters every store applies alike, and a result's snippet.</summary>
public static class KnowledgeText
{
    /// <summary>The lower-cased words (runs of letters and digits) of <paramref name="text"/>.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>Whether the entry passes the query's filters (not its text).</summary>
    public static bool Matches(KnowledgeEntry entry, KnowledgeSearchQuery query) =>
        (query.TargetArea is not { Length: > 0 } area || entry.TargetAreas.Contains(area, StringComparer.Ordinal))
        && (query.Ground is not { Length: > 0 } ground || entry.Grounds.Contains(ground, StringComparer.Ordinal))
        && (query.AdministrationId is not { Length: > 0 } administration || string.Equals(entry.AdministrationId, administration, StringComparison.Ordinal))
        && (query.Phase is not { Length: > 0 } phase || string.Equals(entry.Phase, phase, StringComparison.Ordinal))
        && (query.Year is not { } year || entry.Year == year)
        && (query.Kind is not { } kind || entry.Kind == kind);

    /// <summary>
    /// Up to <see cref="KnowledgeLimits.SnippetLength"/> characters of <paramref name="text"/>, around the first
    /// place where a searched word's first three letters occur (the start of the text when none does).
    /// </summary>
    public static string Snippet(string text, string? query)
    {
        var at = Words(query)
            .Select(w => text.IndexOf(w[..Math.Min(3, w.Length)], StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, Math.Min(at - (KnowledgeLimits.SnippetLength / 3), text.Length - KnowledgeLimits.SnippetLength));
        var length = Math.Min(KnowledgeLimits.SnippetLength, text.Length - start);
        return (start > 0 ? "…" : string.Empty) + text.Substring(start, length).Trim() + (start + length < text.Length ? "…" : string.Empty);
    }
}
