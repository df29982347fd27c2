namespace LabFlow.Activities.Feedback;

/// <summary>
/// One person's rating of one task's step: 1–5 and what worked and what did not. One per person and task; giving it
/// again replaces it (<see cref="UpdatedAt"/> moves, <see cref="CreatedAt"/> stays).
/// </summary>
/// <param name="DefinitionId">The flow of the task's lab, so a flow's feedback is found without reading its labs.</param>
/// <param name="ActivityId">The step; <c>null</c> for an ad-hoc task (statistics leave those out).</param>
public sealed record StepFeedback(
    Guid Id,
    Guid TaskId,
    Guid LabId,
    string DefinitionId,
    string? ActivityId,
    Guid PersonId,
    int Rating,
    string? Worked,
    string? DidNotWork,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Whether the person wrote anything beside the rating.</summary>
    public bool HasComment => !string.IsNullOrWhiteSpace(Worked) || !string.IsNullOrWhiteSpace(DidNotWork);
}
