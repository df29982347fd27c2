using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

/// <summary>
/// A window in which participants submit any number of ideas, or cast their votes. Opened by a CollectIdeas or DotVote
/// step; closed at <see cref="ClosesAt"/> by a timer or earlier by a facilitator.
/// </summary>
/// <param name="BookmarkId">The bookmark closing the collection resumes.</param>
/// <param name="Participants">Who may submit or vote.</param>
/// <param name="Form">The fields of one submission, as the flow wrote them (ideas only).</param>
/// <param name="SourceCollectionId">The idea collection voted on (votes only).</param>
/// <param name="Anonymous">
/// Ideas: nobody sees who wrote them. Votes: a dot is linked to its voter only while the vote is open (so it can be
/// moved); closing removes the link.
/// </param>
/// <param name="LiveResults">Participants see the running count while the vote is open (votes only).</param>
/// <param name="VotesPerIdea">The most dots one voter may put on one idea; <c>null</c> for no limit (votes only).</param>
public sealed record LabCollection(
    Guid Id,
    Guid LabId,
    string ActivityId,
    Guid BookmarkId,
    CollectionKind Kind,
    LocalizedText Title,
    IReadOnlyList<Guid> Participants,
    DateOnly? Opens,
    DateTimeOffset ClosesAt,
    JsonArray? Form,
    Guid? SourceCollectionId,
    int VotesPerPerson,
    bool Anonymous,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt = null,
    bool LiveResults = false,
    int? VotesPerIdea = null)
{
    public bool IsOpen => ClosedAt is null;
}
