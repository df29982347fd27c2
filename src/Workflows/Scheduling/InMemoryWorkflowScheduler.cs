using System.Collections.Concurrent;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabFlow.Workflows.Scheduling;

/// <summary>
/// Fires timer bookmarks from <see cref="TimeProvider"/> timers (so a fake clock's Advance fires them), and sweeps
/// due timers on demand. Firing twice is harmless: the second resume finds the bookmark consumed.
/// </summary>
public sealed partial class InMemoryWorkflowScheduler(
    TimeProvider timeProvider,
    IServiceScopeFactory scopeFactory,
    ILogger<InMemoryWorkflowScheduler> logger) : IWorkflowScheduler, IDisposable
{
    private const int SweepBatchSize = 100;

    // Timers cannot wait longer than about 49 days; a later due time is reached in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);
    private readonly ConcurrentDictionary<Guid, ITimer> _timers = new();
    private readonly ConcurrentDictionary<Task, byte> _firing = new();

    public Task ScheduleTimerAsync(Guid instanceId, Guid bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        Arm(bookmarkId, dueAt);
        return Task.CompletedTask;
    }

    public Task CancelTimerAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        if (_timers.TryRemove(bookmarkId, out var timer))
        {
            timer.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>Resumes every timer bookmark that is due now; returns how many were resumed.</summary>
    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Bookmark> due;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IBookmarkStore>()
                .ListDueTimersAsync(timeProvider.GetUtcNow(), SweepBatchSize, cancellationToken);
        }

        var resumed = 0;
        foreach (var bookmark in due)
        {
            if (await FireAsync(bookmark.Id, cancellationToken) == ResumeOutcome.Resumed)
            {
                resumed++;
            }
        }

        return resumed;
    }

    /// <summary>Completes when every timer that has fired so far has finished resuming its bookmark.</summary>
    public async Task WaitForFiringAsync(CancellationToken cancellationToken)
    {
        while (!_firing.IsEmpty)
        {
            await Task.WhenAll(_firing.Keys).WaitAsync(cancellationToken);
        }
    }

    /// <summary>The timers scheduled and not yet fired or cancelled.</summary>
    public int ScheduledCount => _timers.Count;

    public void Dispose()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _timers.Clear();
    }

    private void Arm(Guid bookmarkId, DateTimeOffset dueAt)
    {
        var delay = dueAt - timeProvider.GetUtcNow();
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestWait ? LongestWait : delay;
        var timer = timeProvider.CreateTimer(_ => OnDue(bookmarkId, dueAt), null, delay, Timeout.InfiniteTimeSpan);
        if (_timers.TryGetValue(bookmarkId, out var previous) && _timers.TryUpdate(bookmarkId, timer, previous))
        {
            previous.Dispose();
        }
        else
        {
            _timers.TryAdd(bookmarkId, timer);
        }
    }

    private void OnDue(Guid bookmarkId, DateTimeOffset dueAt)
    {
        if (!_timers.TryRemove(bookmarkId, out var timer))
        {
            return;
        }

        timer.Dispose();
        if (timeProvider.GetUtcNow() < dueAt)
        {
            Arm(bookmarkId, dueAt);
            return;
        }

        // Off the timer's thread: the resume takes the instance lock and must not run inside a clock's Advance.
        var firing = Task.Run(() => FireAsync(bookmarkId, CancellationToken.None));
        _firing.TryAdd(firing, 0);
        firing.ContinueWith(t => _firing.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task<ResumeOutcome?> FireAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            var result = await runtime.ResumeAsync(bookmarkId, new ResumePayload(null, WorkflowActors.Timer), cancellationToken);
            return result.Outcome;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A timer has no caller to report to; the bookmark stays open and the next sweep tries again.
            LogTimerFailed(logger, exception, bookmarkId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing timer bookmark {BookmarkId} failed; the next sweep will try again")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, Guid bookmarkId);
}
