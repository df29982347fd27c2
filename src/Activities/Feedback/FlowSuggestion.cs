namespace LabFlow.Activities.Feedback;

/// <summary>
/// An improvement someone on a task suggests for the task's flow; designers answer it from the flow's inbox with a
/// status and a reply that reaches the suggester by email.
/// </summary>
/// <param name="TaskId">The task it was suggested from (its page links back to it).</param>
/// <param name="ActivityId">The step of that task; <c>null</c> for an ad-hoc task.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record FlowSuggestion(
    Guid Id,
    string DefinitionId,
    Guid TaskId,
    Guid LabId,
    string? ActivityId,
    Guid AuthorId,
    string Text,
    SuggestionStatus Status,
    DateTimeOffset CreatedAt,
    string? Reply = null,
    Guid? RepliedBy = null,
    DateTimeOffset? RepliedAt = null,
    long Version = 0);
