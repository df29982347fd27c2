namespace LabFlow.Workflows.Definitions;

/// <summary>Finds the known name a misspelt one was most likely meant to be.</summary>
public static class NameSuggestions
{
    /// <summary>The nearest of <paramref name="known"/> to <paramref name="name"/>, or <c>null</c> when none is close.</summary>
    public static string? Nearest(string name, IEnumerable<string> known)
    {
        // Up to one edit per three letters: "UserTsk" → "UserTask", but "Int" is not taken for "List".
        var allowed = Math.Max(1, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : EditDistance(name.ToUpperInvariant(), candidate.ToUpperInvariant()) + 1;
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed + 1 ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> known) =>
        Nearest(name, known) is { } suggestion ? $" (did you mean '{suggestion}'?)" : string.Empty;

    /// <summary>
    /// Levenshtein distance that also counts swapping two neighbouring letters as one edit
    /// (optimal string alignment), the commonest typo: "nmae" → "name".
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
