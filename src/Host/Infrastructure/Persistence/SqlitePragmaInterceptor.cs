using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's durability and concurrency pragmas on every connection: WAL so readers never block the writer,
/// synchronous=FULL so a committed burst survives a power cut, and a busy timeout so concurrent writers
/// (several scopes or processes) wait for each other instead of failing.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // busy_timeout first, so switching to WAL on a busy new database waits too.
    private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
