namespace LabFlow.Activities.Feedback;

/// <summary>What a person gives on a step: a rating from <see cref="FeedbackLimits.MinRating"/> to <see cref="FeedbackLimits.MaxRating"/> and two optional texts.</summary>
public sealed record StepFeedbackInput(int Rating, string? Worked, string? DidNotWork);
