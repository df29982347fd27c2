namespace LabFlow.Activities.Feedback;

/// <summary>One of a step's newest comments in its statistics; who wrote it stays out (the designer reads the step, not the person).</summary>
public sealed record StepComment(int Rating, string? Worked, string? DidNotWork, DateTimeOffset At);
