using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// One writer at a time per SQLite database file in this process, queued first come first served and awaited without
/// blocking a thread (issue 17). SQLite has a single write lock per file; without the gate every writer that found it
/// taken slept in SQLite's busy handler (1, 2, 5 … up to 100 ms per sleep, on a thread-pool thread) and polled, so at
/// 8 and 32 concurrent completions the server idled between a commit and the next writer's wake-up. With the gate a
/// writer waits in the queue and starts the moment the previous one has committed or rolled back. The busy timeout
/// stays for writers outside this process (a backup, a second Host on the same file) and for writes EF Core does
/// not announce (see <see cref="SqliteWriteGateInterceptor"/>).
/// </summary>
internal sealed class SqliteWriteGate
{
    /// <summary>As long as SQLite's busy timeout (<see cref="SqlitePragmaInterceptor"/>): a writer waits no longer than before.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // One gate per file for the process's life: a Host has one database; tests make a few hundred small objects at most.
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The gate of the open <paramref name="connection"/>'s file; none for in-memory databases or other providers.</summary>
    public static SqliteWriteGate? For(DbConnection connection) =>
        connection is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            ? Gates.GetOrAdd(file, static _ => new SqliteWriteGate())
            : null;

    /// <summary>Waits for the gate; the returned lease opens it again once, however often it is released.</summary>
    /// <param name="kind">What the lease covers (a transaction, a statement), for <see cref="SqliteWriteGateMetrics"/>.</param>
    public async ValueTask<Lease> EnterAsync(string kind, CancellationToken cancellationToken)
    {
        var asked = SqliteWriteGateMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        return await _writer.WaitAsync(Timeout, cancellationToken) ? new Lease(this, kind, asked) : throw TimedOut();
    }

    /// <summary>The same for EF Core's synchronous calls (migrations at start-up, synchronous SaveChanges).</summary>
    public Lease Enter(string kind)
    {
        var asked = SqliteWriteGateMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        return _writer.Wait(Timeout) ? new Lease(this, kind, asked) : throw TimedOut();
    }

    private static TimeoutException TimedOut() => new(
        $"LabFlow's SQLite database stayed locked by another write transaction of this server for {Timeout.TotalSeconds:N0} s, so this write was not made. " +
        "Try again; if it keeps happening, look for a request or job that keeps a write transaction open (or opens a second one while it holds the first).");

    /// <summary>Holds the gate until <see cref="Release"/>; measured when <see cref="SqliteWriteGateMetrics"/> is listened to.</summary>
    internal sealed class Lease
    {
        private readonly string _kind;
        private readonly long _acquired;
        private readonly int _thread;
        private readonly double _threadCpu;
        private SqliteWriteGate? _gate;

        public Lease(SqliteWriteGate gate, string kind, long asked)
        {
            _gate = gate;
            _kind = kind;
            if (asked != 0)
            {
                _acquired = Stopwatch.GetTimestamp();
                _thread = Environment.CurrentManagedThreadId;
                _threadCpu = SqliteWriteGateMetrics.ThreadCpuMilliseconds();
                SqliteWriteGateMetrics.Wait.Record(Stopwatch.GetElapsedTime(asked, _acquired).TotalMilliseconds, new KeyValuePair<string, object?>(SqliteWriteGateMetrics.KindTag, kind));
            }
        }

        public void Release()
        {
            if (Interlocked.Exchange(ref _gate, null) is not { } gate)
            {
                return;
            }

            if (_acquired != 0)
            {
                var tag = new KeyValuePair<string, object?>(SqliteWriteGateMetrics.KindTag, _kind);
                SqliteWriteGateMetrics.Hold.Record(SqliteWriteGateMetrics.MillisecondsSince(_acquired), tag);
                if (_thread == Environment.CurrentManagedThreadId && SqliteWriteGateMetrics.ThreadCpuMilliseconds() - _threadCpu is var cpu && !double.IsNaN(cpu))
                {
                    SqliteWriteGateMetrics.HoldCpu.Record(cpu, tag);
                }
            }

            gate._writer.Release();
        }
    }
}
