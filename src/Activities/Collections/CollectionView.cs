using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

/// <summary>
/// A collection as one person sees it: its window, the ideas (for a vote: the ideas voted on), and for a vote how
/// many dots the person has left. Authors are shown by name only in a collection that is not anonymous; vote counts
/// only once the vote is closed, so an open vote does not steer the dots still to come, unless the step shows them
/// live (<see cref="LiveResults"/>) or the viewer runs the lab (<see cref="CanManage"/>).
/// </summary>
/// <param name="Form">The fields of one idea (ideas only).</param>
public sealed record CollectionView(
    Guid Id,
    Guid LabId,
    string ActivityId,
    CollectionKind Kind,
    LocalizedText Title,
    DateOnly? Opens,
    DateTimeOffset ClosesAt,
    bool IsOpen,
    bool IsParticipant,
    int? VotesPerPerson,
    int? VotesLeft,
    bool Anonymous,
    IReadOnlyList<CollectionIdeaView> Ideas,
    bool CanManage = false,
    bool LiveResults = false,
    int? VotesPerIdea = null,
    System.Text.Json.Nodes.JsonArray? Form = null);
