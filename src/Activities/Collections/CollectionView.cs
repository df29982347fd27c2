using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

/// <summary>
/// A collection as one person sees it: its window, the ideas (for a vote: the ideas voted on), and for a vote how
/// many dots the person has left. Authors are not shown, only whether an idea is the viewer's own; vote counts only
/// once the vote is closed, so an open vote does not steer the dots still to come.
/// </summary>
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
    IReadOnlyList<CollectionIdeaView> Ideas);
