using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>One idea submitted to a collection, with the answers to the collection's form.</summary>
public sealed record IdeaSubmission(Guid Id, Guid CollectionId, Guid AuthorId, JsonObject Answers, DateTimeOffset At);
