#pragma warning disable EF1001 // SqliteRelationalConnection is EF Core's internal API; see the remarks for why it is extended.
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
/// It is closed as before when it is broken or still inside a transaction (never the case after EF Core's reset,
/// which rolls a left-over transaction back first), and closed when <see cref="LabFlowDatabase"/> is disposed.
/// </remarks>
internal sealed class SqliteContextConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    Microsoft.EntityFrameworkCore.Diagnostics.IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection()
    {
        if (!CanStayOpen())
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => CanStayOpen() ? Task.CompletedTask : base.CloseDbConnectionAsync();

    private bool CanStayOpen() =>
        DbConnection is SqliteConnection { State: System.Data.ConnectionState.Open, Handle: { } handle } && raw.sqlite3_get_autocommit(handle) != 0;
}
