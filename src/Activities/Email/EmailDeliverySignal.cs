namespace LabFlow.Activities.Email;

/// <summary>
/// Wakes the delivery loop when an email is enqueued, so it goes out at once instead of at the next poll.
/// Several notifications before the loop looks coalesce into one wake-up.
/// </summary>
public sealed class EmailDeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <summary>Completes on a notification or when <paramref name="timeout"/> (on <paramref name="timeProvider"/>'s clock) has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var notified = _pending.WaitAsync(stop.Token);
        var elapsed = Task.Delay(timeout, timeProvider, stop.Token);
        await Task.WhenAny(notified, elapsed);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _pending.Dispose();
}
