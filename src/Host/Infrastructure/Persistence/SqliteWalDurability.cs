using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Group durability at the fsync for one SQLite database file (issue 17): workflow bursts commit with
/// synchronous=NORMAL, which in WAL mode writes their frames to the <c>-wal</c> file without syncing it, and then,
/// after the single write gate is already free for the next burst, wait on this file's <see cref="GroupFlushBarrier"/>
/// until an <c>fdatasync</c> of the WAL that began after their commit has ended (<see cref="SqliteWalFile"/>). One
/// fdatasync then covers every burst that committed while the previous one ran, instead of one fsync per burst inside
/// the gate; and a burst is still answered only once it is on disk. <see cref="WorkflowCommitDurability"/> is the
/// store's side of it.
/// </summary>
/// <remarks>
/// <para>
/// Every other write keeps synchronous=FULL. A FULL commit fdatasyncs the whole WAL, so it also makes every NORMAL
/// commit before it durable.
/// </para>
/// <para>
/// What other connections see: a NORMAL commit is visible to readers as soon as it returns, before its flush. So
/// another request can read a burst that a power cut would still undo; nothing that was acknowledged is undone.
/// Cases that matter: (1) a second completion of the same task gets its 409 from a winner that is not durable yet; if
/// the power fails before the winner's flush, neither caller got a 2xx and the task is open again after the restart,
/// so exactly-once holds (at most one success). (2) The email delivery loop claims rows with a FULL commit, whose
/// fdatasync covers every earlier frame of the WAL, so an email is never sent for a burst that could still be lost.
/// (3) Outbox effects (timers, the email signal) are handed on only after the flush (the store waits before it
/// dispatches), as they were handed on only after the commit before.
/// </para>
/// <para>
/// Only on Linux (fdatasync, statx) and only for files in WAL mode; elsewhere <see cref="For"/> answers null and bursts
/// commit with FULL like every other write.
/// </para>
/// </remarks>
internal sealed class SqliteWalDurability
{
    // One per file for the process's life, like SqliteWriteGate's gates; null for a file that cannot use it.
    private static readonly ConcurrentDictionary<string, SqliteWalDurability?> Files = new(StringComparer.Ordinal);

    private readonly GroupFlushBarrier _barrier;

    private SqliteWalDurability(SqliteWalFile wal)
    {
        Wal = wal;
        _barrier = new GroupFlushBarrier(Wal.Flush);
    }

    public SqliteWalFile Wal { get; }

    /// <summary>
    /// The group durability of the open <paramref name="connection"/>'s file; null for in-memory databases, a file
    /// not in WAL mode, or a platform without fdatasync and statx.
    /// </summary>
    public static SqliteWalDurability? For(SqliteConnection connection) =>
        connection is { State: ConnectionState.Open, DataSource: { Length: > 0 } file } && file != ":memory:"
            ? Files.TryGetValue(file, out var known) ? known : Files.GetOrAdd(file, Create(connection, file))
            : null;

    /// <summary>
    /// Whether a flush of the open <paramref name="connection"/>'s WAL failed in this process, so no burst on it is
    /// acknowledged until a restart (the database health check says so).
    /// </summary>
    public static bool HasLostWrites(SqliteConnection connection) =>
        connection is { State: ConnectionState.Open, DataSource: { Length: > 0 } file } && Files.TryGetValue(file, out var known) && known?.Wal.LostWrites == true;

    /// <summary>Uses <paramref name="wal"/> for its database file from now on (tests: a WAL whose disk fails).</summary>
    internal static void Use(string file, SqliteWalFile wal) => Files[file] = new SqliteWalDurability(wal);

    /// <summary>Returns once every frame this process's connections wrote to the WAL before the call is on disk.</summary>
    /// <exception cref="IOException">The flush failed: the caller's burst is committed (and visible) but must not be acknowledged.</exception>
    public ValueTask WaitDurableAsync(CancellationToken cancellationToken) => _barrier.WaitAsync(cancellationToken);

    private static SqliteWalDurability? Create(SqliteConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return command.ExecuteScalar() is "wal" && SqliteWalFile.IsSupported(file) ? new SqliteWalDurability(new SqliteWalFile(file)) : null;
    }
}
