namespace LabFlow.Activities.Privacy;

/// <summary>A dot the person put on an idea in a vote that links dots to voters (an anonymous vote's closed dots name nobody).</summary>
public sealed record PersonalVote(Guid CollectionId, Guid LabId, Guid IdeaId, DateTimeOffset At);
