using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Takes the <see cref="SqliteWriteGate"/> where EF Core writes to a SQLite file: before every transaction it begins
/// (a burst's commit, SaveChanges of several rows, <c>DomainDb.InTransactionAsync</c>), which it then begins with
/// <c>BEGIN IMMEDIATE</c> so SQLite's write lock is taken at the start and never has to be upgraded from a read lock
/// (an upgrade that finds the lock taken fails at once, without waiting); and around a single write statement outside
/// a transaction (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, a SaveChanges of one row), which SQLite runs as its
/// own transaction. A transaction's lease is released by <see cref="SqliteGatedTransactionFactory"/>'s transaction
/// when it commits, rolls back or is disposed (also when a pooled context is reset); a statement's when it has run
/// or failed. Reads never take the gate: in WAL mode they do not wait for the writer.
/// </summary>
/// <remarks>
/// A workflow commit's transaction (<see cref="WorkflowConnection.BeginTransactionAsync"/>) takes the same gate itself
/// and begins on the ADO.NET connection, which EF Core then uses: its plain commands and EF Core's statements in it are
/// covered by that lease (EF Core knows the transaction, so no statement here takes the gate again). Nothing nests:
/// EF Core refuses a second transaction on a context, and a write in another scope while this scope holds a
/// transaction waited for SQLite's lock before and waits for the gate now, in both cases for at most 30 s.
/// </remarks>
internal sealed class SqliteWriteGateInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor
{
    private static readonly ConditionalWeakTable<DbTransaction, SqliteWriteGate.Lease> TransactionLeases = [];
    private static readonly ConditionalWeakTable<DbCommand, SqliteWriteGate.Lease> StatementLeases = [];

    /// <summary>What a lease covers, as <see cref="SqliteWriteGateMetrics"/> tags it.</summary>
    public const string TransactionKind = "transaction";

    /// <inheritdoc cref="TransactionKind"/>
    public const string StatementKind = "statement";

    public static SqliteWriteGateInterceptor Instance { get; } = new();

    /// <summary>The lease of a transaction begun here, handed once to the transaction EF Core wraps around it.</summary>
    public static SqliteWriteGate.Lease? TakeLease(DbTransaction transaction) =>
        TransactionLeases.TryGetValue(transaction, out var lease) && TransactionLeases.Remove(transaction) ? lease : null;

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        result.HasResult || SqliteWriteGate.For(connection) is not { } gate ? result : Begin(connection, eventData, gate.Enter(TransactionKind));

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        result.HasResult || SqliteWriteGate.For(connection) is not { } gate ? result : Begin(connection, eventData, await gate.EnterAsync(TransactionKind, cancellationToken));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ReleaseStatement(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ReleaseStatement(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    // A write with RETURNING (SaveChanges of one row) holds SQLite's lock until its reader is done.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ReleaseStatement(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ReleaseStatement(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseStatement(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ReleaseStatement(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseStatement(command);
        return Task.CompletedTask;
    }

    private static InterceptionResult<DbTransaction> Begin(DbConnection connection, TransactionStartingEventData eventData, SqliteWriteGate.Lease lease)
    {
        try
        {
            // deferred: false is BEGIN IMMEDIATE.
            var transaction = ((SqliteConnection)connection).BeginTransaction(eventData.IsolationLevel, deferred: false);
            TransactionLeases.AddOrUpdate(transaction, lease);
            return InterceptionResult<DbTransaction>.SuppressWithResult(transaction);
        }
        catch
        {
            lease.Release();
            throw;
        }
    }

    private static void EnterForStatement(DbCommand command, CommandEventData eventData)
    {
        if (GateForStatement(command, eventData) is { } gate)
        {
            StatementLeases.AddOrUpdate(command, gate.Enter(StatementKindOf(command)));
        }
    }

    private static async ValueTask EnterForStatementAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (GateForStatement(command, eventData) is { } gate)
        {
            StatementLeases.AddOrUpdate(command, await gate.EnterAsync(StatementKindOf(command), cancellationToken));
        }
    }

    /// <summary>
    /// <see cref="StatementKind"/>, and while the metrics are listened to also the statement's verb and table
    /// (<c>statement UPDATE "Emails"</c>), so a profile tells whose single writes queue with the bursts.
    /// </summary>
    private static string StatementKindOf(DbCommand command)
    {
        if (!SqliteWriteGateMetrics.Enabled)
        {
            return StatementKind;
        }

        var words = command.CommandText.Split((char[])[' ', '\n', '\r', '\t'], 4, StringSplitOptions.RemoveEmptyEntries);
        var table = words.Length > 2 && words[1] is "INTO" or "FROM" ? words[2] : words.Length > 1 ? words[1] : string.Empty;
        return $"{StatementKind} {(words.Length > 0 ? words[0] : string.Empty)} {table}";
    }

    private static void ReleaseStatement(DbCommand command)
    {
        if (StatementLeases.TryGetValue(command, out var lease))
        {
            StatementLeases.Remove(command);
            lease.Release();
        }
    }

    /// <summary>The gate for a write statement that runs as its own transaction; none inside a transaction, which holds it.</summary>
    private static SqliteWriteGate? GateForStatement(DbCommand command, CommandEventData eventData) =>
        IsWrite(command.CommandText)
        && command.Transaction is null
        && eventData.Context?.Database.CurrentTransaction is null
        && command.Connection is { } connection
            ? SqliteWriteGate.For(connection)
            : null;

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }
}
