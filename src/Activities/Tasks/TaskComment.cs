namespace LabFlow.Activities.Tasks;

public sealed record TaskComment(Guid Id, Guid AuthorId, string Text, DateTimeOffset At);
