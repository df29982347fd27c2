using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// How a workflow burst's commit (<see cref="EfCoreWorkflowCommitStore"/>) becomes durable. On a SQLite file that
/// supports it (<see cref="SqliteWalDurability"/>): the context's connection commits with synchronous=NORMAL, set
/// before the transaction begins (SQLite refuses to change it inside one) and set back to FULL as soon as the
/// transaction has ended, committed or not, so every other write on the pooled connection stays FULL; then
/// <see cref="CommittedAsync"/> waits for the group flush of the WAL. Elsewhere (PostgreSQL, other SQLite files) it
/// does nothing and the commit itself is durable.
/// </summary>
internal sealed class WorkflowCommitDurability : IAsyncDisposable
{
    private const string Normal = "PRAGMA synchronous=NORMAL";
    private const string Full = "PRAGMA synchronous=FULL";

    private static readonly WorkflowCommitDurability AtCommit = new(null, null, null);

    private readonly LabFlowDbContext? _db;
    private readonly SqliteConnection? _connection;
    private readonly SqliteWalDurability? _wal;
    private bool _ended;

    private WorkflowCommitDurability(LabFlowDbContext? db, SqliteConnection? connection, SqliteWalDurability? wal)
    {
        _db = db;
        _connection = connection;
        _wal = wal;
    }

    /// <summary>Call before the burst's transaction begins; dispose after it has ended (for the rolled-back case).</summary>
    public static async ValueTask<WorkflowCommitDurability> BeginAsync(LabFlowDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return AtCommit;
        }

        // Opened here (and closed once FULL is back) so the native connection whose setting changes is the one the
        // transaction runs on, and cannot go back to Microsoft.Data.Sqlite's pool while it is NORMAL.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (SqliteWalDurability.For(connection) is { } wal && Execute(connection, Normal))
            {
                return new WorkflowCommitDurability(db, connection, wal);
            }
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        await db.Database.CloseConnectionAsync();
        return AtCommit;
    }

    /// <summary>
    /// After the burst's transaction committed (and the write gate was released): FULL again on the connection, then
    /// waits until the burst's WAL frames are on disk. Answer the burst's caller and hand on its outbox only after this.
    /// </summary>
    /// <exception cref="IOException">
    /// The WAL could not be flushed. The burst is committed and other requests may already see its rows, but its caller
    /// gets an error, not a 2xx: nothing was acknowledged that a power cut could undo. The outbox sweep hands on its
    /// effects later (its rows are undispatched), and a retry of the same action meets the committed state (a 409).
    /// </exception>
    public async ValueTask CommittedAsync(CancellationToken cancellationToken)
    {
        if (_wal is null)
        {
            return;
        }

        await EndAsync();
        await _wal.WaitDurableAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _wal is null ? ValueTask.CompletedTask : EndAsync();

    private async ValueTask EndAsync()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        try
        {
            if (!Execute(_connection!, Full))
            {
                // Only possible with a transaction still open on the connection (a failed rollback): this native
                // connection must never be used again with NORMAL, so it leaves the pool and is closed.
                SqliteConnection.ClearPool(_connection!);
                await _connection!.CloseAsync();
            }
        }
        finally
        {
            await _db!.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Runs a pragma on the native connection directly: SQLite applies synchronous while it prepares the statement, so
    /// a cached prepared statement would not switch it again; this costs one prepare and no .NET command objects.
    /// </summary>
    private static bool Execute(SqliteConnection connection, string pragma) =>
        connection.Handle is { } handle && raw.sqlite3_exec(handle, pragma) == raw.SQLITE_OK;
}
