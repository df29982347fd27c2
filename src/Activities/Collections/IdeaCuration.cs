namespace LabFlow.Activities.Collections;

/// <summary>
/// What a facilitator did with one idea on the board: the theme it is grouped under, and the idea it was merged into
/// as a duplicate. An idea without a curation has neither.
/// </summary>
public sealed record IdeaCuration(Guid IdeaId, Guid CollectionId, string? Theme, Guid? MergedIntoId);
