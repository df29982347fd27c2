#pragma warning disable EF1001 // SqliteRelationalConnection is EF Core's internal API; see the remarks for why it is extended.
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The SQLite connection of a pooled <see cref="SqliteLabFlowDbContext"/>: opened once and kept open for the life of
/// the context in <see cref="LabFlowDatabase"/>'s pool, across every scope that leases it, instead of closed after each
/// query and when the context goes back to the pool.
/// </summary>
/// <remarks>
/// Issue 17: each open of a Microsoft.Data.Sqlite connection registers EF Core's thirteen SQLite functions and its
/// collation on the native connection again (a decimal column needs them, so they stay), and each close finalises every
/// prepared statement; per scope that was about a tenth of a durable round trip's allocations and made every plain
/// command of <see cref="WorkflowConnection"/> prepare afresh. Open, the connection keeps its functions, its pragmas
/// (<see cref="SqlitePragmaInterceptor"/>) and the statements of <see cref="SqliteCommandCache"/>. An open SQLite
/// connection outside a transaction holds no lock (WAL), so keeping it open changes nothing for other connections.
/// <para>
/// It stays open only when SQLite has no transaction on it, not even a read one (<c>sqlite3_txn_state</c>): a statement
/// stepped but never reset (a data reader or EF Core query enumerator that was not disposed) keeps a read transaction
/// open in autocommit mode, which <c>sqlite3_get_autocommit</c> does not show, and with it the WAL snapshot of its first
/// step; every later scope on this context would read that old snapshot. Such a connection is closed, which disposes
/// its commands and readers, and taken out of Microsoft.Data.Sqlite's pool, so that a statement whose reader was already
/// collected (finalised later by the GC) cannot come back with the next open. A transaction left open is closed the
/// same way (never the case after EF Core's reset, which rolls it back first). Every connection is closed when
/// <see cref="LabFlowDatabase"/> is disposed.
/// </para>
/// </remarks>
internal sealed class SqliteContextConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    Microsoft.EntityFrameworkCore.Diagnostics.IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly ILogger _logger = logger.Logger;

    protected override void CloseDbConnection()
    {
        if (!CanStayOpen())
        {
            ReleaseNativeStatements();
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync()
    {
        if (CanStayOpen())
        {
            return Task.CompletedTask;
        }

        ReleaseNativeStatements();
        return base.CloseDbConnectionAsync();
    }

    protected override void DisposeDbConnection()
    {
        ReleaseNativeStatements();
        base.DisposeDbConnection();
    }

    protected override ValueTask DisposeDbConnectionAsync()
    {
        ReleaseNativeStatements();
        return base.DisposeDbConnectionAsync();
    }

    // The native statements of SqliteCommandCache are finalised while this context still owns the native connection:
    // once closed, Microsoft.Data.Sqlite hands it back to its pool, where another context's scope may take it at once.
    private void ReleaseNativeStatements()
    {
        if (Context is SqliteLabFlowDbContext context)
        {
            context.Commands.ReleaseNativeStatements();
        }
    }

    private bool CanStayOpen()
    {
        if (DbConnection is not SqliteConnection { State: System.Data.ConnectionState.Open, Handle: { } handle } connection)
        {
            return false;
        }

        if (raw.sqlite3_get_autocommit(handle) == 0)
        {
            return false;
        }

        var state = SqliteTransactionState.Of(handle);
        if (state == SqliteTransactionState.None)
        {
            return true;
        }

        if (state == SqliteTransactionState.Unknown)
        {
            return false;
        }

        _logger.LogWarning(
            "A pooled SQLite context went back to its pool with a read transaction open: a data reader or query was not disposed. Its connection is closed and not reused.");
        SqliteConnection.ClearPool(connection);
        return false;
    }
}

/// <summary>
/// <c>sqlite3_txn_state</c> of a native connection, which SQLitePCLRaw does not wrap: whether SQLite holds a read or a
/// write transaction on it, including the implicit read transaction of a statement that is stepped and not yet reset.
/// </summary>
internal static class SqliteTransactionState
{
    public const int None = 0;

    /// <summary>A state that is never SQLite's own: the native function could not be called.</summary>
    public const int Unknown = -1;

    // Set once the native library turns out not to export the function: the connection is then closed after each use,
    // as before keeping it open, which is slower but never reads an old snapshot.
    private static volatile bool _unavailable;

    public static int Of(sqlite3 handle)
    {
        if (_unavailable)
        {
            return Unknown;
        }

        try
        {
            return Call(handle);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return Unknown;
        }
    }

    private static int Call(sqlite3 handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return NativeTransactionState(handle.DangerousGetHandle(), IntPtr.Zero);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    // The library SQLitePCLRaw's e_sqlite3 provider loads (SourceGear.sqlite3); SQLite 3.34 and later export the function.
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_txn_state", ExactSpelling = true)]
    private static extern int NativeTransactionState(IntPtr database, IntPtr schema);
}
