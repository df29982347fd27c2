using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LabFlow.Activities.Collections;

/// <summary>
/// The notifier of one process: subscribers per collection (the Blazor circuits showing it). A publish calls each
/// subscriber without waiting for it, so a slow browser never holds up the person who submitted.
/// </summary>
public sealed partial class InProcessCollectionNotifier(ILogger<InProcessCollectionNotifier> logger) : ICollectionNotifier
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Func<Task>>> _subscribers = new();

    public void Publish(Guid collectionId)
    {
        if (!_subscribers.TryGetValue(collectionId, out var subscribers))
        {
            return;
        }

        foreach (var subscriber in subscribers.Values)
        {
            _ = NotifyAsync(collectionId, subscriber);
        }
    }

    /// <summary>Tells every open board of every collection to read again (after changes may have been missed).</summary>
    public void PublishAll()
    {
        foreach (var collectionId in _subscribers.Keys)
        {
            Publish(collectionId);
        }
    }

    public IDisposable Subscribe(Guid collectionId, Func<Task> onChanged)
    {
        var key = Guid.NewGuid();
        _subscribers.GetOrAdd(collectionId, _ => new ConcurrentDictionary<Guid, Func<Task>>())[key] = onChanged;
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(collectionId, out var subscribers))
            {
                subscribers.TryRemove(key, out _);
            }
        });
    }

    private async Task NotifyAsync(Guid collectionId, Func<Task> subscriber)
    {
        try
        {
            await Task.Yield();
            await subscriber();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One board that fails to refresh (a closed circuit) must not stop the others.
            LogSubscriberFailed(exception, collectionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A board of collection {CollectionId} could not refresh after a change.")]
    private partial void LogSubscriberFailed(Exception exception, Guid collectionId);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
