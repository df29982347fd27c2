using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>What one SQLite statement cost in pages: read from the file or the WAL, found in the connection's cache, written to the WAL.</summary>
/// <param name="Sql">The statement's text as prepared (parameter names, no values).</param>
/// <param name="Missed">Pages it read from the operating system (a <c>pread</c> each).</param>
/// <param name="Hit">Pages it found in the connection's page cache.</param>
/// <param name="Written">Pages it wrote to the WAL: a statement that commits (its own autocommit, or <c>COMMIT</c>) writes every page its transaction dirtied.</param>
/// <param name="AutoCommit">The connection was outside an explicit transaction after it ran: the statement was its own transaction (or ended one).</param>
internal readonly record struct StatementPages(string Sql, int Missed, int Hit, int Written, bool AutoCommit);

/// <summary>
/// A diagnostic for the benchmarks (issue 17: where a completion's page reads and writes come from): when installed,
/// every SQLite connection LabFlow opens afterwards reports each finished statement's page counts to the sink, from
/// SQLite's own counters (<c>sqlite3_db_status</c>, read and reset by the statement's profile callback). Not installed,
/// nothing is registered and nothing is counted; the Host never installs it.
/// </summary>
internal static class SqlitePageStatistics
{
    private static Action<StatementPages>? _sink;

    /// <summary>Reports the statements of every connection opened from now on to <paramref name="sink"/>, on the thread that ran each.</summary>
    public static void Install(Action<StatementPages> sink) => _sink = sink;

    /// <summary>Registers the profile callback on a newly opened native connection when a sink is installed.</summary>
    internal static void Watch(SqliteConnection connection)
    {
        if (_sink is not null && connection.Handle is { } handle)
        {
            raw.sqlite3_profile(handle, Finished, handle);
        }
    }

    private static void Finished(object userData, utf8z statement, long nanoseconds)
    {
        if (_sink is not { } sink || userData is not sqlite3 handle)
        {
            return;
        }

        sink(new StatementPages(
            statement.utf8_to_string(),
            TakeCounter(handle, raw.SQLITE_DBSTATUS_CACHE_MISS),
            TakeCounter(handle, raw.SQLITE_DBSTATUS_CACHE_HIT),
            TakeCounter(handle, raw.SQLITE_DBSTATUS_CACHE_WRITE),
            raw.sqlite3_get_autocommit(handle) != 0));
    }

    // Reset as it is read, so the next statement's count starts at zero.
    private static int TakeCounter(sqlite3 handle, int counter)
    {
        raw.sqlite3_db_status(handle, counter, out var current, out _, 1);
        return current;
    }
}
