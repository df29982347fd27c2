using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tasks;

/// <summary>What happens when the task is overdue by <see cref="OverdueDays"/> days.</summary>
/// <param name="Notify">The role told about it (resolved like an assignee).</param>
/// <param name="ReassignTo">A role name, person id or email the task moves to, or <c>null</c> to leave it.</param>
/// <param name="At">08:00 Stockholm time on the day the task is overdue by <see cref="OverdueDays"/>.</param>
public sealed record TaskEscalation(int OverdueDays, Role Notify, string? ReassignTo, DateTimeOffset At);
