namespace LabFlow.Activities.Methods;

/// <summary>A facilitator's rating of a method, 1–5; one per person and method (a new rating replaces the old).</summary>
public sealed record MethodRating(string MethodId, Guid PersonId, int Stars, DateTimeOffset At);
