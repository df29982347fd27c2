using System.Threading.Channels;
using Hangfire;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Arms a committed timer on this node (<see cref="LocalTimerWakeUp"/>) at once and creates its Hangfire job on one
/// background loop, after the request that committed the timer has been answered (issue 17).
/// </summary>
/// <remarks>
/// Hangfire's client is synchronous. On its SQLite storage one scheduled job is about seven statements, each
/// committed and synced on its own, under a lock shared by the whole process; on PostgreSQL it is a network round
/// trip. Made inside the request, every completion that armed a reminder held a thread-pool thread for that long, and
/// at 32 concurrent completions the blocked threads queued on that lock while the pool grew slowly. One loop makes
/// the jobs one after another on its own task instead, and no request waits for it.
/// Creating the job a moment later loses nothing: the timer's record is its bookmark row, committed with the burst,
/// and the due-timer sweep (<see cref="DueTimerSweepJob"/>, every minute) fires every due timer whose job was never
/// made, for instance because the process stopped before this loop reached it.
/// </remarks>
internal sealed partial class TimerJobQueue(
    IBackgroundJobClient jobs,
    LocalTimerWakeUp wakeUp,
    TimeProvider timeProvider,
    ILogger<TimerJobQueue> logger) : BackgroundService
{
    // How long stopping waits for jobs still queued; what is left then is the sweep's.
    private static readonly TimeSpan DrainOnStop = TimeSpan.FromSeconds(5);

    private readonly Channel<QueuedTimer> _queued = Channel.CreateUnbounded<QueuedTimer>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _idleLock = new();
    private int _pending;
    private TaskCompletionSource? _idle;
    private int _failedInARow;

    /// <summary>Arms <paramref name="bookmarkId"/>'s timer in process and queues its Hangfire job; never blocks.</summary>
    public void Schedule(Guid instanceId, Guid bookmarkId, DateTimeOffset dueAt)
    {
        wakeUp.Arm(bookmarkId, dueAt);
        lock (_idleLock)
        {
            _pending++;
        }

        if (!_queued.Writer.TryWrite(new QueuedTimer(instanceId, bookmarkId, dueAt)))
        {
            // Only after the host stopped: the sweep fires the timer when it is due.
            Done();
            LogNotQueued(logger, bookmarkId, instanceId);
        }
    }

    /// <summary>Completes when every timer queued so far has its job (or failed to get one).</summary>
    public Task WhenIdleAsync()
    {
        lock (_idleLock)
        {
            return _pending == 0 ? Task.CompletedTask : (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var timer in _queued.Reader.ReadAllAsync(stoppingToken))
            {
                CreateJob(timer);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the rest is drained below.
        }

        _queued.Writer.TryComplete();
        var drainStarted = timeProvider.GetTimestamp();
        var left = 0;
        while (_queued.Reader.TryRead(out var timer))
        {
            if (timeProvider.GetElapsedTime(drainStarted) < DrainOnStop)
            {
                CreateJob(timer);
            }
            else
            {
                left++;
                Done();
            }
        }

        if (left > 0)
        {
            LogLeftToSweep(logger, left);
        }
    }

    private void CreateJob(QueuedTimer timer)
    {
        try
        {
            var jobId = jobs.Schedule<FireTimerJob>(job => job.RunAsync(timer.BookmarkId, CancellationToken.None), timer.DueAt);
            LogScheduled(logger, timer.BookmarkId, timer.InstanceId, timer.DueAt, jobId);
            if (_failedInARow > 0)
            {
                LogStorageBack(logger, _failedInARow);
                _failedInARow = 0;
            }
        }
        catch (Exception exception)
        {
            // The job storage is down or refused: the bookmark row stays the record and the sweep fires the timer
            // when it is due. Logged once per run of failures, not once per timer.
            if (_failedInARow++ == 0)
            {
                LogJobNotCreated(logger, exception, timer.BookmarkId);
            }
        }
        finally
        {
            Done();
        }
    }

    private void Done()
    {
        TaskCompletionSource? idle = null;
        lock (_idleLock)
        {
            if (--_pending == 0)
            {
                (idle, _idle) = (_idle, null);
            }
        }

        idle?.TrySetResult();
    }

    private readonly record struct QueuedTimer(Guid InstanceId, Guid BookmarkId, DateTimeOffset DueAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled timer bookmark {BookmarkId} of lab {WorkflowInstanceId} for {DueAt} as job {JobId}")]
    private static partial void LogScheduled(ILogger logger, Guid bookmarkId, Guid workflowInstanceId, DateTimeOffset dueAt, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Hangfire job of timer bookmark {BookmarkId} could not be created; the due-timer sweep fires it when it is due (further failures are counted, not logged)")]
    private static partial void LogJobNotCreated(ILogger logger, Exception exception, Guid bookmarkId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hangfire's job storage takes timers again after {Failed} failed in a row; the due-timer sweep fires those")]
    private static partial void LogStorageBack(ILogger logger, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Left} timers got no Hangfire job before the host stopped; the due-timer sweep fires them when they are due")]
    private static partial void LogLeftToSweep(ILogger logger, int left);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer bookmark {BookmarkId} of lab {WorkflowInstanceId} came after the host stopped; the due-timer sweep fires it")]
    private static partial void LogNotQueued(ILogger logger, Guid bookmarkId, Guid workflowInstanceId);
}
