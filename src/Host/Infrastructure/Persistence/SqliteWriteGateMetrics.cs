using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// How long writers wait for the <see cref="SqliteWriteGate"/>, how long they hold it and how much of the holder's
/// thread CPU that is (issue 17: is the single writer what caps completions?), and how the group flushes of
/// <see cref="SqliteWalDurability"/> went. Instruments of the meter
/// <see cref="MeterName"/>; nothing is timed unless a listener (dotnet-counters, the HTTP benchmark's server) has
/// enabled them.
/// </summary>
internal static class SqliteWriteGateMetrics
{
    public const string MeterName = "LabFlow.Persistence.SqliteWriteGate";

    /// <summary>The tag that tells a transaction's lease from a single statement's, and a workflow commit's phases apart.</summary>
    public const string KindTag = "kind";

    /// <summary>The <see cref="KindTag"/> of the group flush instruments (every listener reads one tag).</summary>
    public static readonly KeyValuePair<string, object?> WalTag = new(KindTag, "wal");

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Milliseconds from asking for the gate to getting it.</summary>
    public static readonly Histogram<double> Wait = Meter.CreateHistogram<double>("labflow.sqlite.write_gate.wait", "ms");

    /// <summary>Milliseconds from getting the gate to releasing it.</summary>
    public static readonly Histogram<double> Hold = Meter.CreateHistogram<double>("labflow.sqlite.write_gate.hold", "ms");

    /// <summary>
    /// CPU milliseconds of the holding thread while it held the gate, recorded only when the lease was released on the
    /// thread that took it (Microsoft.Data.Sqlite's async calls complete synchronously, so a commit mostly is).
    /// </summary>
    public static readonly Histogram<double> HoldCpu = Meter.CreateHistogram<double>("labflow.sqlite.write_gate.hold_cpu", "ms");

    /// <summary>Milliseconds a workflow commit spends in each phase of its transaction (any provider), tagged with <see cref="KindTag"/>.</summary>
    public static readonly Histogram<double> CommitPhase = Meter.CreateHistogram<double>("labflow.workflow_commit.phase", "ms");

    /// <summary>Milliseconds one group flush of a SQLite WAL took (<see cref="GroupFlushBarrier"/>); the count is the number of flushes.</summary>
    public static readonly Histogram<double> DurabilityFlush = Meter.CreateHistogram<double>("labflow.sqlite.wal_flush.duration", "ms");

    /// <summary>How many commits one group flush of a SQLite WAL answered.</summary>
    public static readonly Histogram<double> DurabilityGroupSize = Meter.CreateHistogram<double>("labflow.sqlite.wal_flush.group_size", "{commit}");

    /// <summary>Milliseconds a committed burst waited for the flush that made it durable, after it released the write gate.</summary>
    public static readonly Histogram<double> DurabilityWait = Meter.CreateHistogram<double>("labflow.sqlite.wal_flush.wait", "ms");

    public static bool Enabled => Wait.Enabled || Hold.Enabled || HoldCpu.Enabled || CommitPhase.Enabled
        || DurabilityFlush.Enabled || DurabilityGroupSize.Enabled || DurabilityWait.Enabled;

    public static double MillisecondsSince(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;

    /// <summary>The calling thread's CPU time in milliseconds, or <c>NaN</c> where the platform does not say.</summary>
    public static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        const int ClockThreadCpuTime = 3;
        return ClockGetTime(ClockThreadCpuTime, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", ExactSpelling = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
