using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log into the database file once a second, outside every write transaction (issue 17).
/// </summary>
/// <remarks>
/// With SQLite's default, the commit that takes the WAL past 1,000 pages copies them into the database and fsyncs it
/// while it still holds the single write lock, so every writer queued behind it (at 32 concurrent completions, all
/// of them) waited for that disk work: completions' p99 was 2–3 s while the server idled. A PASSIVE checkpoint takes
/// no write lock, so writers go on while it runs; it copies what no reader still needs and the next one copies the
/// rest. Nothing about durability changes: a commit is durable once its WAL frames are synced (synchronous=FULL).
/// PostgreSQL has its own checkpointer; on it this service ends at once.
/// </remarks>
internal sealed partial class SqliteWalCheckpointer(
    LabFlowDatabase database,
    TimeProvider timeProvider,
    ILogger<SqliteWalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // Kept for the service's life rather than rented per tick (issue 17): EF Core's pool hands contexts out first in,
    // first out, so one rented once a second while a request held another put a second context into circulation, and a
    // single caller's requests then alternated between two SQLite connections, each finding the other's commits in the
    // WAL and dropping its whole page cache at the start of every read.
    private LabFlowDbContext? _context;

    /// <summary>One PASSIVE checkpoint; returns the WAL's pages and how many of them are now in the database file.</summary>
    public async Task<(int WalPages, int CheckpointedPages)> CheckpointAsync(CancellationToken cancellationToken)
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

            // The pragma answers (busy, pages in the WAL, pages checkpointed); -1 for both when the file is not in WAL mode.
            return (reader.GetInt32(1), reader.GetInt32(2));
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

        using var timer = new PeriodicTimer(Interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A failed checkpoint loses nothing (the frames stay in the WAL); the next tick, or the backstop
                    // autocheckpoint of a commit, copies them.
                    LogCheckpointFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite WAL checkpoint failed; it runs again in a second")]
    private partial void LogCheckpointFailed(Exception exception);
}
