using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace LabFlow.Bench;

/// <summary>
/// A poor man's allocation profile: the runtime's AllocationTick event (about one per 100 KiB allocated) names the
/// type that crossed the threshold, so the counts per type show where the bytes go.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> _samples = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload)
        {
            var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
            var type = index >= 0 ? payload[index]?.ToString() ?? "?" : "?";
            _samples.AddOrUpdate(type, 1, (_, count) => count + 1);
        }
    }

    /// <summary>Forgets the samples so far (the warm-up's).</summary>
    public void Reset() => _samples.Clear();

    public void Print(int top)
    {
        var total = _samples.Values.Sum();
        Console.WriteLine($"  allocation samples (≈100 KiB each): {total}");
        foreach (var (type, count) in _samples.OrderByDescending(s => s.Value).Take(top))
        {
            Console.WriteLine($"    {count * 100.0 / total,5:0.0} %  {type}");
        }
    }
}
