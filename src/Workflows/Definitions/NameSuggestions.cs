namespace LabFlow.Workflows.Definitions;

/// <summary>Finds the known name a misspelt one was most likely meant to be.</summary>
internal static class NameSuggestions
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
                : Levenshtein(name.ToUpperInvariant(), candidate.ToUpperInvariant()) + 1;
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

    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
