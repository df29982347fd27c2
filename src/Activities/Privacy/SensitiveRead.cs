namespace LabFlow.Activities.Privacy;

/// <summary>
/// One read of the answers of a sensitive step (a step with its own <c>readers</c> or a sensitive preset) by someone
/// other than the person who answered: who, which task, when. It never holds the answers themselves. An export of a
/// document (<see cref="Kind"/>) is journaled here too: then <see cref="TaskId"/> is empty and the row names the lab.
/// </summary>
public sealed record SensitiveRead(Guid Id, Guid ReaderId, Guid TaskId, Guid LabId, string AdministrationId, string? ActivityId, DateTimeOffset At, AccessLogKind Kind = AccessLogKind.AnswerRead);
