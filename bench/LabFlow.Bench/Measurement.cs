using System.Diagnostics;
using System.Globalization;

namespace LabFlow.Bench;

/// <summary>Wall time and allocated bytes of one measured block.</summary>
internal readonly record struct Measurement(TimeSpan Elapsed, long AllocatedBytes)
{
    public static async Task<Measurement> OfAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        await action();
        stopwatch.Stop();
        return new Measurement(stopwatch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    public string PerOperation(int operations, string unit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{operations / Elapsed.TotalSeconds,10:N0} {unit}/s   {Elapsed.TotalMilliseconds * 1000 / operations,8:N1} µs/{unit}   {AllocatedBytes / (double)operations / 1024,8:N1} KiB allocated/{unit}");
}
