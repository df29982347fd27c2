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
/// The database file is read with <c>pread</c>, not through a memory map (<c>mmap_size=0</c>, issue 17 session 20). In
/// WAL mode a connection empties its page cache whenever it begins a read after another connection committed, which on
/// a busy server is nearly every read; with a map SQLite also unmaps the whole file at that moment
/// (<c>pagerBeginReadTransaction</c>), so each read paid a <c>munmap</c> of every page it had touched and a page fault
/// for every page it touched again: 15 % of the server's CPU at 32 concurrent completions against 4.5 % left in
/// <c>pread</c>. Without the map the same load ran 11 % more completions a second. Session 17's map was measured by the
/// <c>pread</c> calls it saved, not by the CPU it cost.
/// </para>
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // busy_timeout first, so switching to WAL on a busy new database waits too. mmap_size is named although 0 is
    // SQLite's default, because a build of SQLite may compile in another default (SQLITE_DEFAULT_MMAP_SIZE).
    private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=10000; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=0;";

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
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            Prepared.AddOrUpdate(handle, handle);
            SqlitePageStatistics.Watch(sqlite);
        }
    }
}
