using LabFlow.Workflows.Scheduling;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Triggers timer bookmarks with Hangfire scheduled jobs. The bookmark rows stay the truth about what is due;
/// a lost job is made up for by <see cref="DueTimerSweepJob"/>. A timer due within a day is also fired in process
/// (<see cref="LocalTimerWakeUp"/>) so it is on time although Hangfire polls rarely. The job is created on
/// <see cref="TimerJobQueue"/>'s loop, never on the caller's thread. A burst's own timers normally come through
/// <see cref="TimerEffectWriter"/>; this path serves the outbox sweep and stores without in-commit writers.
/// </summary>
internal sealed partial class HangfireWorkflowScheduler(
    TimerJobQueue timerJobs,
    ILogger<HangfireWorkflowScheduler> logger) : IWorkflowScheduler
{
    public Task ScheduleTimerAsync(Guid instanceId, Guid bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        timerJobs.Schedule(instanceId, bookmarkId, dueAt);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Does nothing on purpose. Deleting the job would need the job id of every bookmark kept somewhere every node
    /// can read and that survives a restart (a second source of truth beside the bookmark rows), and a delete can
    /// race with a job that already started anyway. A job whose bookmark was consumed or closed finds it so when it
    /// runs and ends without doing anything, so leaving it in place is harmless.
    /// </summary>
    public Task CancelTimerAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        LogCancelIgnored(logger, bookmarkId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer bookmark {BookmarkId} was cancelled; its job stays and will find the bookmark closed")]
    private static partial void LogCancelIgnored(ILogger logger, Guid bookmarkId);
}
