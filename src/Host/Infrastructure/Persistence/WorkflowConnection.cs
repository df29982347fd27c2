using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Plain commands on the scope context's own connection and transaction, for the reads and writes every burst makes
/// (issue 17: EF Core's query pipeline, its update pipeline and opening the connection per query were most of a
/// durable burst's CPU). Table and column names are the model's (Rows/*Configuration.cs).
/// </summary>
/// <remarks>
/// On SQLite the connection stays open for the life of the pooled context (<see cref="SqliteContextConnection"/>) and
/// its commands stay prepared (<see cref="SqliteCommandCache"/>), as the floor's are. On PostgreSQL a read opens and
/// closes the connection as EF Core does: an open connection is one of the server pool's, and a long-lived scope (a
/// Blazor component's) would hold it for the page's life; writes run inside the commit's transaction, which holds it
/// open, and each command is made for its use.
/// </remarks>
internal sealed class WorkflowConnection(LabFlowDbContext db) : IDisposable, IAsyncDisposable
{
    // SQLite allows 32,766 parameters a statement and PostgreSQL 65,535: 100 rows of at most 10 columns stay far below.
    private const int RowsPerInsert = 100;

    // The multi-row INSERTs' text and parameter names (in binding order) per table, row count and shared columns (a table
    // is always inserted with one column list), so a burst neither builds them nor (on SQLite) prepares the text again.
    private static readonly ConcurrentDictionary<(string Table, int Rows, SharedColumns Shared), WorkflowStatement> InsertStatements = new();

    private readonly bool _keepOpen = db is SqliteLabFlowDbContext;
    private bool _opened;

    // The transaction of BeginTransactionAsync while it is open (EF Core knows it too, as its CurrentTransaction).
    private DbTransaction? _transaction;

    /// <summary>Runs a query with its parameters (<paramref name="bind"/>) and reads its results with <paramref name="read"/>.</summary>
    public async Task<T> ReadAsync<T>(
        string sql, Action<DbCommand> bind, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var openedHere = false;
        if (db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            // An explicit open: EF Core's own queries and transactions in this scope then leave the connection open.
            await db.Database.OpenConnectionAsync(cancellationToken);
            openedHere = true;
            _opened = true;
        }

        try
        {
            await using var command = Command(sql);
            bind(command.Command);
            await using var reader = await command.Command.ExecuteReaderAsync(cancellationToken);
            return await read(reader, cancellationToken);
        }
        finally
        {
            if (openedHere && !_keepOpen)
            {
                _opened = false;
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>
    /// A command in the context's current transaction (a commit's), which holds the connection open. Dispose it after
    /// use: on SQLite that hands it back still prepared, with its parameters, which <see cref="WorkflowSql.With"/> then
    /// rebinds by name.
    /// </summary>
    public WorkflowCommand Command(string sql)
    {
        if (db is SqliteLabFlowDbContext { Commands: var cache } && db.Database.GetDbConnection() is SqliteConnection { State: ConnectionState.Open } open
            && cache.Rent(open, sql) is { } cached)
        {
            cached.Transaction = (SqliteTransaction?)(_transaction ?? db.Database.CurrentTransaction?.GetDbTransaction());
            return new WorkflowCommand(cached, cache);
        }

        var command = WorkflowSql.Command(db, sql);
        command.Transaction ??= _transaction;
        return new WorkflowCommand(command, null);
    }

    /// <summary>
    /// Begins a commit's transaction on the context's own ADO.NET connection, and lets EF Core's queries, bulk updates
    /// and <c>SaveChanges</c> in this scope enlist in it (<c>UseTransaction</c>). On SQLite it takes the file's
    /// <see cref="SqliteWriteGate"/> first and begins with <c>BEGIN IMMEDIATE</c>, as
    /// <see cref="SqliteWriteGateInterceptor"/> does for EF Core's own transactions.
    /// </summary>
    /// <remarks>
    /// Issue 17: EF Core's <c>BeginTransactionAsync</c>, its interceptor chain, diagnostics events and the gated
    /// transaction wrapper's commit were a sixth of a durable burst's managed CPU on SQLite, all of it inside the write gate.
    /// </remarks>
    public async Task<WorkflowTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        SqliteWriteGate.Lease? lease = null;
        DbTransaction? transaction = null;
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection is SqliteConnection sqlite)
            {
                if (SqliteWriteGate.For(sqlite) is { } gate)
                {
                    lease = await gate.EnterAsync(SqliteWriteGateInterceptor.TransactionKind, cancellationToken);
                }

                // deferred: false is BEGIN IMMEDIATE: SQLite's write lock is taken now, never upgraded from a read lock.
                transaction = sqlite.BeginTransaction(deferred: false);
            }
            else
            {
                transaction = await connection.BeginTransactionAsync(cancellationToken);
            }

            var enlisted = await db.Database.UseTransactionAsync(transaction, cancellationToken)
                ?? throw new InvalidOperationException("EF Core did not take the commit's transaction.");
            _transaction = transaction;
            return new WorkflowTransaction(this, transaction, enlisted, lease);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            lease?.Release();
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>Called by <see cref="WorkflowTransaction"/> once it has ended: the connection's commands run outside it again.</summary>
    internal async ValueTask EndTransactionAsync()
    {
        _transaction = null;
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> with multi-row <c>INSERT … VALUES (…), (…)</c> statements: one statement (and on
    /// PostgreSQL one round trip) for a burst's journal entries instead of one each.
    /// </summary>
    public Task InsertAsync<T>(string table, string[] columns, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken) =>
        InsertAsync(table, columns, SharedColumns.None, rows, values, cancellationToken);

    /// <summary>
    /// As <see cref="InsertAsync{T}(string, string[], IReadOnlyList{T}, Func{T, object?[]}, CancellationToken)"/>, binding
    /// the <paramref name="shared"/> columns once per statement when every row agrees on them (issue 17: Microsoft.Data.Sqlite
    /// looks every parameter up by name on every execution, so each one a row need not bind is work saved). Rows that do
    /// not agree are inserted as they would be without.
    /// </summary>
    public async Task InsertAsync<T>(
        string table, string[] columns, SharedColumns shared, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        for (var first = 0; first < rows.Count; first += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows.Count - first);
            var rowValues = new object?[count][];
            for (var row = 0; row < count; row++)
            {
                rowValues[row] = values(rows[first + row]);
            }

            var sharing = count > 1 && shared.AgreeIn(rowValues) ? shared : SharedColumns.None;
            var statement = InsertStatements.GetOrAdd((table, count, sharing), key => InsertStatement(key.Table, columns, key.Rows, key.Shared));

            // The values in the order of statement.ParameterNames: the shared columns once, then each row's own.
            var bound = new object?[statement.ParameterNames.Length];
            var index = 0;
            for (var column = 0; column < columns.Length; column++)
            {
                if (sharing.Includes(column))
                {
                    bound[index++] = WorkflowSql.ToProvider(db, rowValues[0][column]) ?? DBNull.Value;
                }
            }

            for (var row = 0; row < count; row++)
            {
                for (var column = 0; column < columns.Length; column++)
                {
                    if (!sharing.Includes(column))
                    {
                        bound[index++] = WorkflowSql.ToProvider(db, rowValues[row][column]) ?? DBNull.Value;
                    }
                }
            }

            await RunAsync(statement, bound, cancellationToken);
        }
    }

    /// <summary>
    /// Runs one of the commit's writes with <paramref name="values"/> in the order of <paramref name="statement"/>'s
    /// parameters and returns the rows it changed (a version check reads 0 as refused). On SQLite inside the commit's
    /// transaction it is a native statement bound by index, as <see cref="InsertAsync{T}(string, string[], SharedColumns, IReadOnlyList{T}, Func{T, object?[]}, CancellationToken)"/>'s
    /// are; otherwise a command bound by name, as before.
    /// </summary>
    public async Task<int> ExecuteAsync(WorkflowStatement statement, object?[] values, CancellationToken cancellationToken)
    {
        if (values.Length != statement.ParameterNames.Length)
        {
            // A value bound to the wrong name would write a wrong column without an error: refuse it before SQL runs.
            throw new ArgumentException($"The statement takes {statement.ParameterNames.Length} values, not {values.Length}.", nameof(values));
        }

        var bound = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            bound[i] = WorkflowSql.ToProvider(db, values[i]) ?? DBNull.Value;
        }

        return await RunAsync(statement, bound, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="statement"/> with its provider values <paramref name="bound"/> (in the order of its names) and
    /// returns the rows it changed: natively where it can (<see cref="ExecuteNative"/>), otherwise as a command bound by
    /// name. The command's text is only ever bound here, so a reused one has its parameters in this order already.
    /// </summary>
    private async Task<int> RunAsync(WorkflowStatement statement, object?[] bound, CancellationToken cancellationToken)
    {
        if (ExecuteNative(statement, bound, cancellationToken) is { } changed)
        {
            return changed;
        }

        await using var command = Command(statement.Sql);
        var parameters = command.Command.Parameters;
        var fresh = parameters.Count == 0;
        for (var i = 0; i < bound.Length; i++)
        {
            if (fresh)
            {
                var parameter = command.Command.CreateParameter();
                parameter.ParameterName = statement.BoundNames[i];
                parameter.Value = bound[i];
                parameters.Add(parameter);
            }
            else
            {
                parameters[i].Value = bound[i];
            }
        }

        return await command.Command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// On SQLite inside the commit's transaction, runs <paramref name="statement"/> as a native statement bound by index (issue
    /// 17: looking its parameters up by name was most of SQLite's own string work in a durable round trip) and returns
    /// the rows it changed; otherwise <c>null</c>, and the caller runs a command through Microsoft.Data.Sqlite or Npgsql
    /// (a value Microsoft.Data.Sqlite binds differently, a statement in use). Outside a transaction the command keeps
    /// Microsoft.Data.Sqlite's retry while another connection writes.
    /// </summary>
    private int? ExecuteNative(WorkflowStatement statement, object?[] bound, CancellationToken cancellationToken)
    {
        if (_transaction is not SqliteTransaction || db is not SqliteLabFlowDbContext { Commands: var cache }
            || db.Database.GetDbConnection() is not SqliteConnection { State: ConnectionState.Open } open)
        {
            return null;
        }

        foreach (var value in bound)
        {
            if (!SqliteCommandCache.NativeStatement.CanBind(value))
            {
                return null;
            }
        }

        if (cache.RentNative(open, statement.Sql, statement.BoundNames) is not { } native)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return native.Execute(bound);
        }
        finally
        {
            native.Return();
        }
    }

    private static string InsertText(string table, string[] columns, int rows, SharedColumns shared)
    {
        var sql = new StringBuilder("INSERT INTO \"").Append(table).Append("\" (\"").AppendJoin("\", \"", columns).Append("\") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                sql.Append(column == 0 ? string.Empty : ", ");
                if (!shared.Includes(column))
                {
                    sql.Append('@').Append(ParameterName(row, column));
                }
                else if (column == shared.Numbered && row > 0)
                {
                    // Both databases add an integer literal to an integer parameter in the parameter's type.
                    sql.Append(CultureInfo.InvariantCulture, $"(@{SharedName(column)} + {row})");
                }
                else
                {
                    sql.Append('@').Append(SharedName(column));
                }
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static string SharedName(int column) => string.Create(CultureInfo.InvariantCulture, $"s{column}");

    private static string ParameterName(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");

    /// <summary>A multi-row INSERT's text and its parameters' names in the order <see cref="InsertAsync{T}(string, string[], SharedColumns, IReadOnlyList{T}, Func{T, object?[]}, CancellationToken)"/> binds them.</summary>
    private static WorkflowStatement InsertStatement(string table, string[] columns, int rows, SharedColumns shared)
    {
        var names = new List<string>();
        for (var column = 0; column < columns.Length; column++)
        {
            if (shared.Includes(column))
            {
                names.Add(SharedName(column));
            }
        }

        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns.Length; column++)
            {
                if (!shared.Includes(column))
                {
                    names.Add(ParameterName(row, column));
                }
            }
        }

        return new WorkflowStatement(InsertText(table, columns, rows, shared), [.. names]);
    }

    public void Dispose()
    {
        if (_opened)
        {
            _opened = false;
            db.Database.CloseConnection();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_opened)
        {
            _opened = false;
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A command from <see cref="WorkflowConnection.Command"/>: disposing it hands a cached one back, or disposes it.</summary>
internal readonly struct WorkflowCommand(DbCommand command, SqliteCommandCache? cache) : IAsyncDisposable
{
    public DbCommand Command { get; } = command;

    public ValueTask DisposeAsync()
    {
        if (cache is not null)
        {
            cache.Return((SqliteCommand)Command);
            return ValueTask.CompletedTask;
        }

        return Command.DisposeAsync();
    }
}

/// <summary>
/// Columns of a multi-row INSERT that every row of a burst may agree on, bound once per statement
/// (<see cref="WorkflowConnection.InsertAsync{T}(string, string[], SharedColumns, IReadOnlyList{T}, Func{T, object?[]}, CancellationToken)"/>).
/// </summary>
/// <param name="Same">How many leading columns hold one value in every row (a lab's id, the burst's actor).</param>
/// <param name="Numbered">
/// A column whose integer values count up by one from the first row's (a journal's sequence), or -1: bound once, each
/// row adding its position to it.
/// </param>
internal readonly record struct SharedColumns(int Same, int Numbered = -1)
{
    public static SharedColumns None { get; } = new(0);

    public bool Includes(int column) => column < Same || column == Numbered;

    /// <summary>Whether every row agrees with the first on the shared columns.</summary>
    public bool AgreeIn(object?[][] rows)
    {
        if (this == None)
        {
            return false;
        }

        var first = rows[0];
        for (var row = 1; row < rows.Length; row++)
        {
            for (var column = 0; column < Same; column++)
            {
                if (!Equals(rows[row][column], first[column]))
                {
                    return false;
                }
            }

            if (Numbered >= 0 && !(Integer(first[Numbered]) is { } start && Integer(rows[row][Numbered]) == start + row))
            {
                return false;
            }
        }

        return true;
    }

    private static long? Integer(object? value) => value switch
    {
        long number => number,
        int number => number,
        _ => null,
    };
}
