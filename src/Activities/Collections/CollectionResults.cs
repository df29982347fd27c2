using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>What a closed collection hands to the rest of the flow.</summary>
internal static class CollectionResults
{
    /// <summary>The submissions: <c>[{ "id", "author", …answers }]</c>, oldest first.</summary>
    public static JsonArray Ideas(IReadOnlyList<IdeaSubmission> submissions) =>
    [
        .. submissions.Select(s =>
        {
            var idea = new JsonObject { ["id"] = s.Id.ToString(), ["author"] = s.AuthorId.ToString() };
            foreach (var (key, value) in s.Answers)
            {
                idea[key] = value?.DeepClone();
            }

            return (JsonNode)idea;
        }),
    ];

    /// <summary>The ranking <c>[{ "idea", "ideaId", "votes" }]</c>, most votes first, ties in submission order.</summary>
    public static JsonArray Ranking(IReadOnlyList<IdeaSubmission> ideas, IReadOnlyList<IdeaVote> votes)
    {
        var counts = votes.GroupBy(v => v.IdeaId).ToDictionary(g => g.Key, g => g.Count());
        return
        [
            .. ideas
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
}
