namespace LabFlow.Host.Infrastructure.TestRuns;

/// <summary>
/// The clock of a test run: it stands still until the designer moves it, and its timers never fire by themselves
/// (the run fires due timers itself when the clock moves), so a test run never acts behind the designer's back.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Moves the clock forward to <paramref name="to"/>; a time already passed leaves it where it is.</summary>
    public void MoveTo(DateTimeOffset to)
    {
        if (to > Now)
        {
            Now = to;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new InertTimer();

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
