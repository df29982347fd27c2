namespace LabFlow.Activities.Privacy;

/// <summary>
/// One read of the answers of a sensitive step (a step with its own <c>readers</c> or a sensitive preset) by someone
/// other than the person who answered: who, which task, when. It never holds the answers themselves. Exports of
/// personal data (the participant register) and of documents (lab report, active measures) are journaled here too,
/// with their <see cref="Kind"/>: a register export names the export in <see cref="ActivityId"/> and no task or lab
/// (empty ids); a document export names the lab and no task.
/// </summary>
public sealed record SensitiveRead(Guid Id, Guid ReaderId, Guid TaskId, Guid LabId, string AdministrationId, string? ActivityId, DateTimeOffset At)
{
    public AccessKind Kind { get; init; } = AccessKind.Answers;
}
