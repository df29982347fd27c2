namespace LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;

/// <summary>One person's feedback on one task's step (<see cref="Activities.Feedback.StepFeedback"/>); unique per task and person.</summary>
internal sealed class StepFeedbackRow
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public Guid LabId { get; set; }

    public required string DefinitionId { get; set; }

    public string? ActivityId { get; set; }

    public Guid PersonId { get; set; }

    public int Rating { get; set; }

    public string? Worked { get; set; }

    public string? DidNotWork { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
