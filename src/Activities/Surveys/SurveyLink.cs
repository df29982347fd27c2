namespace LabFlow.Activities.Surveys;

/// <summary>
/// A personal link to one survey step of a lab for one registered guest: whoever holds the token answers that step's
/// form once, without an account. Only the token's hash is stored (<see cref="Security.SecretTokens.Hash"/>).
/// </summary>
/// <param name="ParticipantId">The register guest the link was sent to (never shown on the survey page).</param>
/// <param name="UsedAt">When the one answer was given; a used link accepts nothing more.</param>
/// <param name="AnswerTaskId">The completed task row that holds the answer among the step's results.</param>
public sealed record SurveyLink(
    Guid Id,
    string TokenHash,
    Guid LabId,
    string ActivityId,
    Guid ParticipantId,
    DateTimeOffset ExpiresAt,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UsedAt = null,
    Guid? AnswerTaskId = null);
