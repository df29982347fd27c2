using System.Collections.Concurrent;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Fires a timer bookmark in this process when it is due, beside its durable Hangfire job. Hangfire's polling of its
/// queue and schedule was about 30 % of the server's time at a one-second interval (issue 17's profile), so it now
/// polls rarely (<see cref="SchedulingOptions.PollInterval"/>) and this wake-up keeps timers on time. The Hangfire job
/// stays the durable record: when this process stops before the timer is due, the job (or the due-timer sweep)
/// fires it later, so a stopped server delays work without dropping it. Firing twice is harmless: the second
/// resume finds the bookmark consumed.
/// </summary>
internal sealed partial class LocalTimerWakeUp(IServiceScopeFactory scopeFactory, ILogger<LocalTimerWakeUp> logger) : IDisposable
{
    /// <summary>
    /// Timers due further ahead are left to Hangfire alone, so a node holds in-memory timers only for the coming day
    /// (a few hundred bytes each) and a timer months away does not stay in memory that long.
    /// </summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<Guid, ITimer> _timers = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// Arms an in-process timer for <paramref name="bookmarkId"/>. The delay is measured on the real clock, as
    /// Hangfire measures its schedule, so the engine's clock in tests (a manual one) never fires a timer that
    /// Hangfire would not.
    /// </summary>
    public void Arm(Guid bookmarkId, DateTimeOffset dueAt)
    {
        var delay = dueAt - TimeProvider.System.GetUtcNow();
        if (delay > Horizon || _stopping.IsCancellationRequested)
        {
            return;
        }

        var timer = TimeProvider.System.CreateTimer(
            _ => _ = FireAsync(bookmarkId), null, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        if (!_timers.TryAdd(bookmarkId, timer))
        {
            // Armed already (a bookmark is scheduled once; a repeat keeps the first timer).
            timer.Dispose();
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _timers.Clear();
        _stopping.Dispose();
    }

    private async Task FireAsync(Guid bookmarkId)
    {
        if (_timers.TryRemove(bookmarkId, out var timer))
        {
            await timer.DisposeAsync();
        }

        try
        {
            var cancellationToken = _stopping.Token;
            await using var scope = scopeFactory.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FireTimerJob>().RunAsync(bookmarkId, cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The host stopped while the timer fired; the Hangfire job fires it.
        }
        catch (OperationCanceledException)
        {
            // The host stopped while the timer fired; the Hangfire job fires it.
        }
        catch (Exception exception)
        {
            // The boundary of the in-process wake-up: the durable Hangfire job retries this timer.
            LogFireFailed(logger, exception, bookmarkId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer bookmark {BookmarkId} could not be fired in process; its Hangfire job will fire it")]
    private static partial void LogFireFailed(ILogger logger, Exception exception, Guid bookmarkId);
}
