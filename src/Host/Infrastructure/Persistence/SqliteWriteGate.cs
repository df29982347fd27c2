using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// <remarks>
/// <para>
/// The hand-off (issue 17, session 17): a holder that releases with <see cref="Lease.ReleaseAsync"/> while writers
/// wait gives the gate to the first of them and runs that writer's continuation on its own thread at once, after
/// queueing the rest of its own work (the WAL flush, the response) to the thread pool. With a
/// <see cref="SemaphoreSlim"/> the next writer's continuation went to the releasing thread's queue instead and ran only
/// once that thread had finished the released request's flush and response, or another thread was idle enough to take
/// it: with two cores and 32 requests the gate stood idle 30–40 % of the wall while 31 writers waited for it. The next
/// writer runs here only after the releasing thread has left every lock and its own request's code (the continuation
/// is queued before the hand-off runs), and a writer that releases inside a hand-off does not run its successor
/// nested: the outermost hand-off on the thread runs them one after the other, so the stack does not grow. A writer
/// that waits under a <see cref="SynchronizationContext"/> (a Blazor circuit's) is posted to it as before; the code
/// queued to the pool after a release is only the rest of the lease holder's own method, whose callers' awaits go
/// back to their contexts.
/// </para>
/// <para>
/// <see cref="Lease.Release"/> (synchronous callers, statements, disposal) hands the gate on too, but completes the
/// next writer on the thread pool, as the semaphore did.
/// </para>
/// </remarks>
internal sealed class SqliteWriteGate
{
    /// <summary>As long as SQLite's busy timeout (<see cref="SqlitePragmaInterceptor"/>): a writer waits no longer than before.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // One gate per file for the process's life: a Host has one database; tests make a few hundred small objects at most.
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    // Writers granted the gate by a release inside a hand-off already running on this thread, run by that hand-off next.
    [ThreadStatic]
    private static Queue<Waiter>? t_handOffs;

    [ThreadStatic]
    private static bool t_handingOff;

    private readonly Lock _lock = new();

    // Under _lock: whether a writer holds the gate (a granted waiter holds it from the moment it is granted), and the
    // waiting writers, first come first.
    private bool _held;
    private Waiter? _first;
    private Waiter? _last;
    private int _waiting;

    /// <summary>The gate of the open <paramref name="connection"/>'s file; none for in-memory databases or other providers.</summary>
    public static SqliteWriteGate? For(DbConnection connection) =>
        connection is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            ? Gates.GetOrAdd(file, static _ => new SqliteWriteGate())
            : null;

    /// <summary>How many writers wait for the gate now.</summary>
    public int WaitingWriters
    {
        get
        {
            lock (_lock)
            {
                return _waiting;
            }
        }
    }

    /// <summary>Waits for the gate; the returned lease opens it again once, however often it is released.</summary>
    /// <param name="kind">What the lease covers (a transaction, a statement), for <see cref="SqliteWriteGateMetrics"/>.</param>
    /// <exception cref="OperationCanceledException">Cancelled while waiting: the writer left the queue and never held the gate.</exception>
    /// <exception cref="TimeoutException">Waited <see cref="Timeout"/>: the writer left the queue.</exception>
    public async ValueTask<Lease> EnterAsync(string kind, CancellationToken cancellationToken)
    {
        var asked = SqliteWriteGateMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        if (TryEnterOrQueue(cancellationToken) is not { } waiter)
        {
            return new Lease(this, kind, asked, 0);
        }

        using (waiter.Watch(cancellationToken))
        {
            await waiter.Task;
        }

        return new Lease(this, kind, asked, waiter.GrantedAt);
    }

    /// <summary>The same for EF Core's synchronous calls (migrations at start-up, synchronous SaveChanges).</summary>
    public Lease Enter(string kind)
    {
        var asked = SqliteWriteGateMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        if (TryEnterOrQueue(CancellationToken.None) is not { } waiter)
        {
            return new Lease(this, kind, asked, 0);
        }

        using (waiter.Watch(CancellationToken.None))
        {
            waiter.Task.GetAwaiter().GetResult();
        }

        return new Lease(this, kind, asked, waiter.GrantedAt);
    }

    private static TimeoutException TimedOut() => new(
        $"LabFlow's SQLite database stayed locked by another write transaction of this server for {Timeout.TotalSeconds:N0} s, so this write was not made. " +
        "Try again; if it keeps happening, look for a request or job that keeps a write transaction open (or opens a second one while it holds the first).");

    /// <summary>Takes the free gate (null), or queues a writer behind the others (while writers wait the gate is held: a release grants it to the first).</summary>
    private Waiter? TryEnterOrQueue(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return null;
            }

            var waiter = new Waiter(this);
            if (_last is null)
            {
                _first = waiter;
            }
            else
            {
                _last.Next = waiter;
                waiter.Previous = _last;
            }

            _last = waiter;
            _waiting++;
            return waiter;
        }
    }

    /// <summary>Gives the gate to the first waiting writer (returned, to be started by the caller), or opens it.</summary>
    private Waiter? PassOn()
    {
        lock (_lock)
        {
            if (_first is not { } next)
            {
                _held = false;
                return null;
            }

            Unlink(next);
            next.Granted = true;
            if (SqliteWriteGateMetrics.Enabled)
            {
                next.GrantedAt = Stopwatch.GetTimestamp();
            }

            return next;
        }
    }

    /// <summary>Takes a waiter that was cancelled or timed out out of the queue; false once it has been granted the gate.</summary>
    private bool Abandon(Waiter waiter)
    {
        lock (_lock)
        {
            if (waiter.Granted || waiter.Abandoned)
            {
                return false;
            }

            Unlink(waiter);
            waiter.Abandoned = true;
            return true;
        }
    }

    private void Unlink(Waiter waiter)
    {
        if (waiter.Previous is null)
        {
            _first = waiter.Next;
        }
        else
        {
            waiter.Previous.Next = waiter.Next;
        }

        if (waiter.Next is null)
        {
            _last = waiter.Previous;
        }
        else
        {
            waiter.Next.Previous = waiter.Previous;
        }

        waiter.Previous = null;
        waiter.Next = null;
        _waiting--;
    }

    /// <summary>
    /// Runs the granted <paramref name="next"/> writer's continuation on this thread, and then any writer that a
    /// release inside it granted, until none is left; inside a running hand-off it only queues <paramref name="next"/>
    /// for that one.
    /// </summary>
    private static void HandOff(Waiter next)
    {
        if (t_handingOff)
        {
            (t_handOffs ??= new Queue<Waiter>()).Enqueue(next);
            return;
        }

        t_handingOff = true;
        try
        {
            next.Start();
            while (t_handOffs is { Count: > 0 } granted)
            {
                granted.Dequeue().Start();
            }
        }
        finally
        {
            t_handingOff = false;

            // Only if a continuation threw out of Start, which awaiting code does not: never strand a granted writer.
            while (t_handOffs is { Count: > 0 } stranded)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static waiter => waiter.Start(), stranded.Dequeue(), preferLocal: false);
            }
        }
    }

    /// <summary>A queued writer: completed when granted the gate, failed with a <see cref="TimeoutException"/>, or cancelled.</summary>
    /// <remarks>
    /// Not <see cref="TaskCreationOptions.RunContinuationsAsynchronously"/>: whoever completes it runs the writer's
    /// continuation, which is the point of <see cref="HandOff"/>. It is only ever completed outside the gate's lock.
    /// </remarks>
    internal sealed class Waiter(SqliteWriteGate gate) : TaskCompletionSource
    {
        // Under the gate's lock.
        public Waiter? Previous;
        public Waiter? Next;
        public bool Granted;
        public bool Abandoned;
        public long GrantedAt;

        private CancellationToken _cancellationToken;
        private CancellationTokenRegistration _cancellation;
        private Timer? _timer;

        /// <summary>Leaves the queue when <paramref name="cancellationToken"/> is cancelled or <see cref="Timeout"/> passes; dispose once the wait has ended.</summary>
        public Watching Watch(CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _timer = new Timer(static state => ((Waiter)state!).GiveUp(timedOut: true), this, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
            if (cancellationToken.CanBeCanceled)
            {
                _cancellation = cancellationToken.UnsafeRegister(static state => ((Waiter)state!).GiveUp(timedOut: false), this);
            }

            return new Watching(this);
        }

        public void Start() => TrySetResult();

        private void GiveUp(bool timedOut)
        {
            if (!gate.Abandon(this))
            {
                return;
            }

            if (timedOut)
            {
                TrySetException(TimedOut());
            }
            else
            {
                TrySetCanceled(_cancellationToken);
            }
        }

        public readonly struct Watching(Waiter waiter) : IDisposable
        {
            public void Dispose()
            {
                waiter._cancellation.Dispose();
                waiter._timer?.Dispose();
            }
        }
    }

    /// <summary>Holds the gate until <see cref="Release"/> or <see cref="ReleaseAsync"/>; measured when <see cref="SqliteWriteGateMetrics"/> is listened to.</summary>
    internal sealed class Lease
    {
        private readonly string _kind;
        private readonly long _acquired;
        private readonly int _thread;
        private readonly double _threadCpu;
        private SqliteWriteGate? _gate;

        public Lease(SqliteWriteGate gate, string kind, long asked, long grantedAt)
        {
            _gate = gate;
            _kind = kind;
            if (asked != 0)
            {
                _acquired = Stopwatch.GetTimestamp();
                _thread = Environment.CurrentManagedThreadId;
                _threadCpu = SqliteWriteGateMetrics.ThreadCpuMilliseconds();
                var tag = new KeyValuePair<string, object?>(SqliteWriteGateMetrics.KindTag, kind);
                SqliteWriteGateMetrics.Wait.Record(Stopwatch.GetElapsedTime(asked, _acquired).TotalMilliseconds, tag);
                if (grantedAt != 0)
                {
                    SqliteWriteGateMetrics.HandOff.Record(Stopwatch.GetElapsedTime(grantedAt, _acquired).TotalMilliseconds, tag);
                }
            }
        }

        /// <summary>Opens the gate; a waiting writer is granted it and continues on the thread pool.</summary>
        public void Release()
        {
            if (Ended() is { } next)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static waiter => waiter.Start(), next, preferLocal: false);
            }
        }

        /// <summary>
        /// Opens the gate; if a writer waits, it is granted the gate and runs on this thread at once while the caller's
        /// continuation is queued to the thread pool (await the result; it completes at once when nobody waits).
        /// </summary>
        public HandOffAwaitable ReleaseAsync() => new(Ended());

        /// <summary>Ends the lease once: passes the gate on (returns the writer granted it, if one waits), then records the hold.</summary>
        /// <remarks>
        /// The hold's end and CPU are read before the gate passes on and recorded after: a listener's recording (the
        /// HTTP benchmark's takes a lock every instrument shares) is then no unmeasured time with the gate held.
        /// </remarks>
        private Waiter? Ended()
        {
            if (Interlocked.Exchange(ref _gate, null) is not { } gate)
            {
                return null;
            }

            if (_acquired == 0)
            {
                return gate.PassOn();
            }

            var held = SqliteWriteGateMetrics.MillisecondsSince(_acquired);
            var cpu = _thread == Environment.CurrentManagedThreadId ? SqliteWriteGateMetrics.ThreadCpuMilliseconds() - _threadCpu : double.NaN;
            var next = gate.PassOn();
            var tag = new KeyValuePair<string, object?>(SqliteWriteGateMetrics.KindTag, _kind);
            SqliteWriteGateMetrics.Hold.Record(held, tag);
            if (!double.IsNaN(cpu))
            {
                SqliteWriteGateMetrics.HoldCpu.Record(cpu, tag);
            }

            return next;
        }
    }

    /// <summary>
    /// Awaited after a release: completes at once when no writer was waiting; otherwise queues the awaiting code to the
    /// thread pool and then runs the granted writer on this thread (<see cref="HandOff"/>).
    /// </summary>
    internal readonly struct HandOffAwaitable(Waiter? next) : ICriticalNotifyCompletion
    {
        public bool IsCompleted => next is null;

        public HandOffAwaitable GetAwaiter() => this;

        public void GetResult()
        {
        }

        public void OnCompleted(Action continuation)
        {
            ThreadPool.QueueUserWorkItem(static action => action(), continuation, preferLocal: false);
            HandOff(next!);
        }

        public void UnsafeOnCompleted(Action continuation)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static action => action(), continuation, preferLocal: false);
            HandOff(next!);
        }
    }
}
