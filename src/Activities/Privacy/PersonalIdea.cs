using System.Text.Json.Nodes;

namespace LabFlow.Activities.Privacy;

/// <summary>An idea the person submitted to a lab's collection.</summary>
public sealed record PersonalIdea(Guid Id, Guid CollectionId, Guid LabId, JsonObject Answers, DateTimeOffset At);
