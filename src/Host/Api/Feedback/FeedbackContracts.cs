using LabFlow.Activities.Feedback;

namespace LabFlow.Host.Api.Feedback;

/// <summary>A rating from 1 to 5 of the task's step, with what worked and what did not (each optional).</summary>
internal sealed record StepFeedbackBody(int Rating, string? Worked = null, string? DidNotWork = null);

/// <summary>An improvement to the flow, suggested from one of its tasks (the caller must be on the task's lab).</summary>
internal sealed record SuggestionBody(Guid TaskId, string Text);

/// <summary>A designer's answer: the suggestion's new status and an optional reply, which reaches the suggester by email.</summary>
internal sealed record SuggestionAnswerBody(SuggestionStatus Status, string? Reply = null);
