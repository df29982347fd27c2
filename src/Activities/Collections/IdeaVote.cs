namespace LabFlow.Activities.Collections;

/// <summary>One dot on an idea. <see cref="VoterId"/> is <c>null</c> in an anonymous vote: the row never says who.</summary>
public sealed record IdeaVote(Guid Id, Guid CollectionId, Guid IdeaId, Guid? VoterId, DateTimeOffset At);
