namespace LabFlow.Workflows.Scheduling;

/// <summary>
/// Triggers timer bookmarks on time. The bookmark rows are the truth about what is due; a scheduler is only
/// the trigger, and firing a timer twice resumes its bookmark once.
/// </summary>
public interface IWorkflowScheduler
{
    Task ScheduleTimerAsync(Guid instanceId, Guid bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken);

    Task CancelTimerAsync(Guid bookmarkId, CancellationToken cancellationToken);
}
