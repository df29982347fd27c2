using SQLite;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Opens the connections of Hangfire's SQLite storage (<c>hangfire.db</c>) in WAL mode with
/// <c>synchronous=NORMAL</c> (issue 17).
/// </summary>
/// <remarks>
/// Hangfire.Storage.SQLite commits each statement on its own: one scheduled timer job is about seven commits, and with
/// SQLite's default (FULL) each waited for its own fsync, competing on the disk with the WAL flushes that LabFlow's
/// own commits wait for. In WAL mode a NORMAL commit is synced at the next checkpoint instead, so a power cut can lose
/// the last moments of Hangfire's bookkeeping but never corrupts the file. Nothing in <c>hangfire.db</c> is the only
/// record of anything: a timer is its bookmark row in LabFlow's database (the due-timer sweep fires one whose job was
/// lost), recurring jobs are registered again at every start, and every job may run more than once (Hangfire runs jobs
/// at least once, so they are written to be idempotent). LabFlow's own database keeps FULL.
/// </remarks>
internal static class HangfireSqliteConnections
{
    public static SQLiteConnection Open(string path)
    {
        // The same flags and busy timeout as Hangfire.Storage.SQLite's own factory, which this replaces.
        var connection = new SQLiteConnection(path, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.NoMutex, storeDateTimeAsTicks: true)
        {
            BusyTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            // WAL first: NORMAL is only safe against corruption in WAL mode (the storage sets WAL too, after this).
            connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
            connection.Execute("PRAGMA synchronous = NORMAL");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
