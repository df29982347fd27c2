using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Plain commands on the scope context's own connection and transaction, for the reads and writes every burst makes
/// (issue 17: EF Core's query pipeline, its update pipeline and opening the connection per query were most of a
/// durable burst's CPU). Table and column names are the model's (Rows/*Configuration.cs).
/// </summary>
/// <remarks>
/// On SQLite the first read opens the connection and it stays open for the rest of the scope (closed at its end,
/// before the context goes back to its pool), so neither these commands nor EF Core's re-open it and re-register
/// EF Core's SQLite functions per query; an idle open SQLite connection holds no lock. On PostgreSQL a read opens and
/// closes it as EF Core does: an open connection is one of the server pool's, and a long-lived scope (a Blazor
/// component's) would hold it for the page's life. Writes run inside the commit's transaction, which holds it open.
/// </remarks>
internal sealed class WorkflowConnection(LabFlowDbContext db) : IDisposable, IAsyncDisposable
{
    // SQLite allows 32,766 parameters a statement and PostgreSQL 65,535: 100 rows of at most 10 columns stay far below.
    private const int RowsPerInsert = 100;

    private readonly bool _keepOpen = db is SqliteLabFlowDbContext;
    private bool _opened;

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
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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

    /// <summary>A command in the context's current transaction (a commit's), which holds the connection open.</summary>
    public DbCommand Command(string sql) => WorkflowSql.Command(db, sql);

    /// <summary>
    /// Inserts <paramref name="rows"/> with multi-row <c>INSERT … VALUES (…), (…)</c> statements: one statement (and on
    /// PostgreSQL one round trip) for a burst's journal entries instead of one each.
    /// </summary>
    public async Task InsertAsync<T>(string table, string[] columns, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        for (var first = 0; first < rows.Count; first += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows.Count - first);
            var sql = new StringBuilder("INSERT INTO \"").Append(table).Append("\" (\"").AppendJoin("\", \"", columns).Append("\") VALUES ");
            await using var command = Command(string.Empty);
            for (var row = 0; row < count; row++)
            {
                var rowValues = values(rows[first + row]);
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");
                    sql.Append(column == 0 ? "@" : ", @").Append(name);
                    command.With(db, name, rowValues[column]);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
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
