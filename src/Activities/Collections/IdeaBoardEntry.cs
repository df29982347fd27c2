using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>One idea as the board has it now: its current wording, theme and merge, over the author's submission.</summary>
/// <param name="Answers">The latest revision's answers, or the author's when nobody reworded it.</param>
/// <param name="Revisions">The facilitator's rewordings, oldest first (the author's text is <see cref="IdeaSubmission.Answers"/>).</param>
public sealed record IdeaBoardEntry(IdeaSubmission Submission, JsonObject Answers, string? Theme, Guid? MergedIntoId, IReadOnlyList<IdeaRevision> Revisions)
{
    public Guid Id => Submission.Id;

    /// <summary>
    /// The board's entries in submission order. Ideas merged into a duplicate point to the idea it was merged into
    /// in the end, so a chain of merges never hides an idea.
    /// </summary>
    public static IReadOnlyList<IdeaBoardEntry> Build(IReadOnlyList<IdeaSubmission> submissions, IReadOnlyList<IdeaCuration> curations, IReadOnlyList<IdeaRevision> revisions)
    {
        var byIdea = curations.ToDictionary(c => c.IdeaId);
        var history = revisions.GroupBy(r => r.IdeaId).ToDictionary(g => g.Key, g => (IReadOnlyList<IdeaRevision>)[.. g]);
        return
        [
            .. submissions.Select(s =>
            {
                var curation = byIdea.GetValueOrDefault(s.Id);
                var revised = history.GetValueOrDefault(s.Id) ?? [];
                return new IdeaBoardEntry(s, revised.Count > 0 ? revised[^1].Answers : s.Answers, curation?.Theme, Root(s.Id, byIdea), revised);
            }),
        ];
    }

    /// <summary>Where the dots of an idea count: the idea it was (in the end) merged into, or itself.</summary>
    public static IReadOnlyDictionary<Guid, Guid> CountsFor(IReadOnlyList<IdeaBoardEntry> entries) =>
        entries.ToDictionary(e => e.Id, e => e.MergedIntoId ?? e.Id);

    private static Guid? Root(Guid ideaId, Dictionary<Guid, IdeaCuration> curations)
    {
        Guid? root = null;
        var seen = new HashSet<Guid> { ideaId };
        var current = ideaId;
        while (curations.GetValueOrDefault(current)?.MergedIntoId is { } next && seen.Add(next))
        {
            root = next;
            current = next;
        }

        return root;
    }
}
