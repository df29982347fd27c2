namespace LabFlow.Activities.Knowledge;

/// <summary>What a facilitator writes for the bank; <paramref name="SourceTaskId"/> names the lab's task it comes from, when one.</summary>
public sealed record KnowledgeEntryInput(
    KnowledgeKind Kind,
    string? Title,
    string? Text,
    Guid? SourceTaskId = null,
    string? Phase = null,
    IReadOnlyList<string>? TargetAreas = null,
    IReadOnlyList<string>? Grounds = null);
