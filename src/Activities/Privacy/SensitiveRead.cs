namespace LabFlow.Activities.Privacy;

/// <summary>
/// One read of the answers of a sensitive step (a step with its own <c>readers</c> or a sensitive preset) by someone
/// other than the person who answered: who, which task, when. It never holds the answers themselves. Exports of
/// personal data (the participant register) are journaled here too, with their <see cref="Kind"/>: the export's
/// name in <see cref="ActivityId"/> and no task or lab (empty ids).
/// </summary>
public sealed record SensitiveRead(Guid Id, Guid ReaderId, Guid TaskId, Guid LabId, string AdministrationId, string? ActivityId, DateTimeOffset At)
{
    public AccessKind Kind { get; init; } = AccessKind.Answers;
}
