using LabFlow.Activities.Collections;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>Between collections, submissions and votes and their rows.</summary>
internal static class CollectionRows
{
    public static CollectionRow ToRow(LabCollection collection)
    {
        var stored = collection with
        {
            ClosesAt = collection.ClosesAt.ToUniversalTime(),
            CreatedAt = collection.CreatedAt.ToUniversalTime(),
            ClosedAt = collection.ClosedAt?.ToUniversalTime(),
        };
        return new CollectionRow
        {
            Id = stored.Id,
            LabId = stored.LabId,
            ActivityId = stored.ActivityId,
            BookmarkId = stored.BookmarkId,
            Kind = stored.Kind.ToString(),
            ClosesAt = stored.ClosesAt,
            CreatedAt = stored.CreatedAt,
            ClosedAt = stored.ClosedAt,
            Data = DomainJson.Serialize(stored),
        };
    }

    public static LabCollection ToCollection(CollectionRow row) =>
        DomainJson.Deserialize<LabCollection>(row.Data) with { ClosedAt = row.ClosedAt };

    public static IdeaSubmissionRow ToRow(IdeaSubmission submission) => new()
    {
        Id = submission.Id,
        CollectionId = submission.CollectionId,
        AuthorId = submission.AuthorId,
        Answers = submission.Answers.ToJsonString(),
        At = submission.At.ToUniversalTime(),
    };

    public static IdeaSubmission ToSubmission(IdeaSubmissionRow row) =>
        new(row.Id, row.CollectionId, row.AuthorId, System.Text.Json.Nodes.JsonNode.Parse(row.Answers)!.AsObject(), row.At);

    public static IdeaVoteRow ToRow(IdeaVote vote) => new()
    {
        Id = vote.Id,
        CollectionId = vote.CollectionId,
        IdeaId = vote.IdeaId,
        VoterId = vote.VoterId,
        At = vote.At.ToUniversalTime(),
    };

    public static IdeaVote ToVote(IdeaVoteRow row) => new(row.Id, row.CollectionId, row.IdeaId, row.VoterId, row.At);
}
