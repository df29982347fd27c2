namespace LabFlow.Activities.Tasks;

/// <summary>One change of a task's assignment or state: who did it, from whom to whom, and why.</summary>
/// <param name="Actor">A person id, or <c>system</c>/<c>timer</c>.</param>
public sealed record TaskHistoryEntry(DateTimeOffset At, string Actor, TaskHistoryKind Kind, Guid? From = null, Guid? To = null, string? Note = null);
