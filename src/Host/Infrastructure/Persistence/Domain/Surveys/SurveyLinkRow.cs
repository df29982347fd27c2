namespace LabFlow.Host.Infrastructure.Persistence.Domain.Surveys;

/// <summary>A personal survey link (<see cref="Activities.Surveys.SurveyLink"/>); the token itself is never stored, only its hash.</summary>
internal sealed class SurveyLinkRow
{
    public Guid Id { get; set; }

    public required string TokenHash { get; set; }

    public Guid LabId { get; set; }

    public required string ActivityId { get; set; }

    public Guid ParticipantId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public Guid? AnswerTaskId { get; set; }
}
