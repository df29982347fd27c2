using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>One idea in a <see cref="CollectionView"/>, in its current wording.</summary>
/// <param name="Votes">The dots on it, set once the vote is closed, or while it is open for those who may see the running count.</param>
/// <param name="Theme">The theme the facilitator grouped it under.</param>
/// <param name="MergedIntoId">The idea it was merged into as a duplicate.</param>
/// <param name="MyVotes">The viewer's own dots on it while the vote is open.</param>
/// <param name="AuthorName">Who wrote it; never set in an anonymous collection.</param>
/// <param name="AuthorText">The author's own words when a facilitator reworded it, for those who may manage the board.</param>
public sealed record CollectionIdeaView(
    Guid Id,
    JsonObject Answers,
    DateTimeOffset At,
    bool Mine,
    int? Votes,
    string? Theme = null,
    Guid? MergedIntoId = null,
    int MyVotes = 0,
    string? AuthorName = null,
    JsonObject? AuthorText = null);
