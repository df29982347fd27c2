using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>What a closed collection hands to the rest of the flow.</summary>
internal static class CollectionResults
{
    /// <summary>
    /// The ideas as the board left them: <c>[{ "id", "author", "theme", …answers }]</c>, oldest first, in their current
    /// wording; duplicates merged into another idea are left out. An anonymous collection names no author.
    /// </summary>
    public static JsonArray Ideas(LabCollection collection, IReadOnlyList<IdeaBoardEntry> entries) =>
    [
        .. entries.Where(e => e.MergedIntoId is null).Select(e =>
        {
            var idea = new JsonObject { ["id"] = e.Id.ToString() };
            if (!collection.Anonymous)
            {
                idea["author"] = e.Submission.AuthorId.ToString();
            }

            if (e.Theme is { } theme)
            {
                idea["theme"] = theme;
            }

            foreach (var (key, value) in e.Answers)
            {
                idea[key] = value?.DeepClone();
            }

            return (JsonNode)idea;
        }),
    ];

    /// <summary>
    /// The ranking <c>[{ "idea", "ideaId", "votes" }]</c>, most votes first, ties in submission order; a dot on a merged
    /// duplicate counts for the idea it was merged into.
    /// </summary>
    public static JsonArray Ranking(IReadOnlyList<IdeaBoardEntry> ideas, IReadOnlyList<IdeaVote> votes)
    {
        var counts = Counts(ideas, votes);
        return
        [
            .. ideas
                .Where(i => i.MergedIntoId is null)
                .Select((idea, index) => (idea, index, votes: counts.GetValueOrDefault(idea.Id)))
                .OrderByDescending(x => x.votes)
                .ThenBy(x => x.index)
                .Select(x => (JsonNode)new JsonObject
                {
                    ["idea"] = x.idea.Answers.DeepClone(),
                    ["ideaId"] = x.idea.Id.ToString(),
                    ["votes"] = x.votes,
                }),
        ];
    }

    /// <summary>Dots per idea, a merged duplicate's counted for the idea it was merged into.</summary>
    public static Dictionary<Guid, int> Counts(IReadOnlyList<IdeaBoardEntry> ideas, IReadOnlyList<IdeaVote> votes)
    {
        var target = IdeaBoardEntry.CountsFor(ideas);
        return votes.GroupBy(v => target.GetValueOrDefault(v.IdeaId, v.IdeaId)).ToDictionary(g => g.Key, g => g.Count());
    }
}
