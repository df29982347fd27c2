namespace LabFlow.Activities.Collections;

/// <summary>That a person voted and how many dots they used, never on what: it keeps anyone from voting more than allowed.</summary>
public sealed record VoterTally(Guid CollectionId, Guid VoterId, int VotesCast);
