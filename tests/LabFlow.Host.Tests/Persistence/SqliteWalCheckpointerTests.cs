using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// Commits leave their pages in SQLite's WAL (the commit path no longer checkpoints below 10,000 pages, issue 17);
/// the background checkpointer copies them into the database file while a reader is open and no write lock is taken.
/// </summary>
public sealed class SqliteWalCheckpointerTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _file = SqliteTestDatabase.Create();

    [Fact]
    public async Task CheckpointAsync_CopiesEveryCommittedPageIntoTheDatabase_WhenCommitsLeftThemInTheWal()
    {
        // Arrange: 300 commits, each of its own, and a reader that stays open on another connection.
        await using var database = _file.OpenLabFlowDatabase();
        await using (var writer = database.CreateContext())
        {
            await writer.Database.ExecuteSqlRawAsync("CREATE TABLE \"WalRows\" (\"Id\" INTEGER PRIMARY KEY, \"Text\" TEXT NOT NULL)");
            for (var n = 0; n < 300; n++)
            {
                await writer.Database.ExecuteSqlAsync($"INSERT INTO \"WalRows\" (\"Text\") VALUES ({new string('x', 500)})");
            }
        }

        await using var reader = database.CreateContext();
        await reader.Database.OpenConnectionAsync();
        var checkpointer = new SqliteWalCheckpointer(database, TimeProvider.System, NullLogger<SqliteWalCheckpointer>.Instance);

        // Act
        var (busy, walPages, checkpointedPages) = await checkpointer.CheckpointAsync(CancellationToken.None);

        // Assert: the commits' pages were still in the WAL, and all of them are in the database file now.
        Assert.False(busy);
        Assert.True(walPages > 30, $"expected the commits' pages in the WAL, found {walPages}");
        Assert.Equal(walPages, checkpointedPages);
        Assert.Equal(300, await reader.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"WalRows\"").SingleAsync());
    }

    [Theory]
    [InlineData(false, 0, 1_000)]
    [InlineData(false, 999, 1_000)]
    [InlineData(false, 1_000, 100)]
    [InlineData(false, 12_000, 100)]
    [InlineData(true, -1, 100)]
    [InlineData(false, -1, 1_000)]
    public void DelayAfter_ComesBackWithin100Milliseconds_WhileTheWalFillsOrTheCommitsBackstopCheckpoints(bool busy, int walPages, int expectedMilliseconds)
    {
        // A WAL of 1,000 pages or more, or a checkpoint that found another one running (the commit's backstop), means
        // commits outpace a checkpoint a second; a small WAL, or a file not in WAL mode (-1, not busy), does not.
        var delay = SqliteWalCheckpointer.DelayAfter(new WalCheckpoint(busy, walPages, walPages));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), delay);
    }

    public async ValueTask DisposeAsync() => await _file.DisposeAsync();
}
