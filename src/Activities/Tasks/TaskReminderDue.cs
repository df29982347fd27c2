namespace LabFlow.Activities.Tasks;

/// <summary>A reminder of <see cref="Task"/> due at <see cref="At"/> that has not been sent.</summary>
public sealed record TaskReminderDue(LabTask Task, DateTimeOffset At);
