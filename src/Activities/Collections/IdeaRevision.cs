using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>
/// A facilitator's rewording of an idea. The submission itself keeps the author's text; the latest revision is what
/// the board shows, and the revisions in order are the idea's history.
/// </summary>
public sealed record IdeaRevision(Guid Id, Guid IdeaId, Guid CollectionId, JsonObject Answers, Guid EditorId, DateTimeOffset At);
