using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log into the database file outside every write transaction (issue 17): once a second
/// while the WAL stays small, every 100 ms while commits fill it faster.
/// </summary>
/// <remarks>
/// With SQLite's default, the commit that takes the WAL past 1,000 pages copies them into the database and fsyncs it
/// while it still holds the single write lock, so every writer queued behind it (at 32 concurrent completions, all
/// of them) waited for that disk work: completions' p99 was 2–3 s while the server idled. A PASSIVE checkpoint takes
/// no write lock, so writers go on while it runs; it copies what no reader still needs and the next one copies the
/// rest. Nothing about durability changes: a commit is durable once its WAL frames are synced (synchronous=FULL).
/// PostgreSQL has its own checkpointer; on it this service ends at once.
/// <para>
/// Once a second was too seldom under load (session 20): 32 concurrent completions write about 10,000 pages a second,
/// so the WAL passed the commit's 10,000-page backstop between two ticks and the backstop checkpointed inside the write
/// lock (commits held it up to 190–330 ms; p95 of completions 215–277 ms). Coming back after 100 ms while the WAL holds
/// 1,000 pages or more kept it near 1,000–3,000 pages: 1.4× the completions a second and p95 114 ms in the same run.
/// A quiet server still wakes once a second; a checkpoint with nothing to copy only reads the WAL's index.
/// </para>
/// </remarks>
internal sealed partial class SqliteWalCheckpointer(
    LabFlowDatabase database,
    TimeProvider timeProvider,
    ILogger<SqliteWalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan QuietInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BusyInterval = TimeSpan.FromMilliseconds(100);

    // About 4 MB of WAL: at a tenth of the busy rate above, far below the commit's 10,000-page backstop.
    private const int BusyWalPages = 1_000;

    // Kept for the service's life rather than rented per tick (issue 17): EF Core's pool hands contexts out first in,
    // first out, so one rented once a second while a request held another put a second context into circulation, and a
    // single caller's requests then alternated between two SQLite connections, each finding the other's commits in the
    // WAL and dropping its whole page cache at the start of every read.
    private LabFlowDbContext? _context;

    /// <summary>
    /// One PASSIVE checkpoint; returns whether another connection was checkpointing, the WAL's pages and how many of them
    /// are now in the database file.
    /// </summary>
    public async Task<WalCheckpoint> CheckpointAsync(CancellationToken cancellationToken)
    {
        var context = _context ??= database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);

            // The pragma answers (busy, pages in the WAL, pages checkpointed); busy and -1 for both pages when another
            // connection was checkpointing, not busy and -1 when the file is not in WAL mode.
            return new WalCheckpoint(reader.GetInt32(0) != 0, reader.GetInt32(1), reader.GetInt32(2));
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    public override void Dispose()
    {
        _context?.Dispose();
        _context = null;
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var probe = database.CreateContext())
        {
            if (!probe.Database.IsSqlite())
            {
                return;
            }
        }

        var delay = QuietInterval;
        try
        {
            while (true)
            {
                await Task.Delay(delay, timeProvider, stoppingToken);
                try
                {
                    delay = DelayAfter(await CheckpointAsync(stoppingToken));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A failed checkpoint loses nothing (the frames stay in the WAL); the next tick, or the backstop
                    // autocheckpoint of a commit, copies them.
                    LogCheckpointFailed(exception);
                    delay = QuietInterval;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// How long to wait after <paramref name="checkpoint"/>: briefly while the WAL is filling, and when another connection
    /// was checkpointing (only a commit that found the WAL at its 10,000-page backstop does).
    /// </summary>
    internal static TimeSpan DelayAfter(WalCheckpoint checkpoint) =>
        checkpoint.Busy || checkpoint.WalPages >= BusyWalPages ? BusyInterval : QuietInterval;

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite WAL checkpoint failed; it runs again in a second")]
    private partial void LogCheckpointFailed(Exception exception);
}

/// <summary>What one PASSIVE checkpoint found: whether another connection was checkpointing, and the WAL's pages.</summary>
internal readonly record struct WalCheckpoint(bool Busy, int WalPages, int CheckpointedPages);
