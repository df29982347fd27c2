using LabFlow.Activities.Email;

namespace LabFlow.Activities.Privacy;

/// <summary>An email LabFlow sent (or is to send) to the person, as their export shows it.</summary>
public sealed record PersonalEmail(Guid Id, Guid? LabId, Guid? TaskId, string Subject, string TextBody, EmailStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
