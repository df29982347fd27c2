using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's durability and concurrency pragmas on every connection: WAL so readers never block the writer,
/// synchronous=FULL so a committed burst survives a power cut, and a busy timeout so concurrent writers
/// (several scopes or processes) wait for each other instead of failing. The WAL is copied into the database by
/// <see cref="SqliteWalCheckpointer"/> beside the writers; the commit that finds 10,000 pages in the WAL (about
/// 40 MB) still checkpoints itself, as a backstop should that service not run.
/// </summary>
/// <remarks>
/// The pragmas belong to the native connection, which the pool keeps open between uses; EF Core opens and closes
/// the pooled connection for every query, so they are set once per native connection (issue 17: four statements
/// prepared and run per query before).
/// <para>
/// The database file is read through a memory map (<c>mmap_size</c>): in WAL mode a connection empties its page cache
/// whenever it begins a read after another connection committed, which on a busy server is nearly every read, and
/// without the map every B-tree page it then needs was copied again from the operating system's cache with a
/// <c>pread</c> (12 % of a completion's CPU samples, issue 17 session 17). Mapped pages are the operating system's
/// cache itself, shared by every connection. Pages still in the WAL are read as before.
/// </para>
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // busy_timeout first, so switching to WAL on a busy new database waits too. The map covers the first 1 GiB of the
    // file (address space, not memory: untouched pages cost nothing, and touched ones are the shared file cache).
    private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=10000; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=1073741824;";

    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsPrepared(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsPrepared(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    private static bool IsPrepared(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Prepared.TryGetValue(handle, out _);

    private static void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, handle);
        }
    }
}
