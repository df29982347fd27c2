using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The WAL file that SQLite's burst durability flushes (issue 17), on a real database file: SQLite deletes the WAL
/// when its last connection closes and creates a new one with the next, and a flush must then sync the new file, not
/// the deleted one it still had open.
/// </summary>
public sealed class SqliteWalFileTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _file = SqliteTestDatabase.Create();

    [Fact]
    public async Task Flush_SyncsTheNewWal_WhenSqliteDeletedTheOldOneAndCreatedAnother()
    {
        // Arrange: a WAL that the flush opens, then deleted by SQLite when its last connection closes.
        var wal = new SqliteWalFile(_file.FilePath);
        await WriteAsync("CREATE TABLE \"WalRows\" (\"N\" INTEGER NOT NULL)");
        await using (var first = await OpenAsync())
        {
            await ExecuteAsync(first, "INSERT INTO \"WalRows\" VALUES (1)");
            wal.Flush();
        }

        var deleted = !File.Exists(wal.WalPath);
        wal.Flush();

        // Act: a new connection writes to a new WAL.
        await using var second = await OpenAsync();
        await ExecuteAsync(second, "INSERT INTO \"WalRows\" VALUES (2)");
        wal.Flush();

        // Assert: the process holds no descriptor on a deleted WAL (the flush let go of the old file and opened the new one).
        Assert.True(deleted);
        Assert.True(File.Exists(wal.WalPath));
        Assert.DoesNotContain(OpenFiles(), target => target == $"{wal.WalPath} (deleted)");
        Assert.Contains(OpenFiles(), target => target == wal.WalPath);
    }

    [Fact]
    public async Task Flush_SyncsTheNewWal_WhenTheOldOneWasReplacedBetweenTwoFlushes()
    {
        // Arrange: the flush holds the first WAL open; SQLite deletes it and creates another before the next flush.
        var syncedDescriptors = new List<string?>();
        var wal = new SqliteWalFile(_file.FilePath, descriptor =>
        {
            syncedDescriptors.Add(new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget);
            return 0;
        });
        await WriteAsync("CREATE TABLE \"WalRows\" (\"N\" INTEGER NOT NULL)");
        await using (var first = await OpenAsync())
        {
            await ExecuteAsync(first, "INSERT INTO \"WalRows\" VALUES (1)");
            wal.Flush();
        }

        await using var second = await OpenAsync();
        await ExecuteAsync(second, "INSERT INTO \"WalRows\" VALUES (2)");

        // Act
        wal.Flush();
        wal.Flush();

        // Assert: every flush synced the file at the path, the later ones the new file (not the deleted one it held).
        Assert.Equal([wal.WalPath, wal.WalPath, wal.WalPath], syncedDescriptors);
        Assert.DoesNotContain(OpenFiles(), target => target == $"{wal.WalPath} (deleted)");
    }

    [Fact]
    public async Task Flush_KeepsFailing_AfterOneFdatasyncFailed()
    {
        // Arrange: a disk whose first fdatasync fails and whose later ones succeed (Linux may have dropped the pages
        // it could not write, so a later success proves nothing about them).
        var syncs = 0;
        var wal = new SqliteWalFile(_file.FilePath, _ => ++syncs == 1 ? -1 : 0);
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE \"WalRows\" (\"N\" INTEGER NOT NULL)");

        // Act
        var first = Assert.Throws<IOException>(wal.Flush);
        await ExecuteAsync(connection, "INSERT INTO \"WalRows\" VALUES (1)");
        var later = Assert.Throws<IOException>(wal.Flush);

        // Assert: the later flush failed without asking the disk again, naming the earlier failure.
        Assert.Contains("fdatasync", first.Message, StringComparison.Ordinal);
        Assert.Same(first, later.InnerException);
        Assert.Equal(1, syncs);
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    private static IEnumerable<string> OpenFiles() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Select(link => link.LinkTarget).OfType<string>().ToList();

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_file.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
        return connection;
    }

    private async Task WriteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
