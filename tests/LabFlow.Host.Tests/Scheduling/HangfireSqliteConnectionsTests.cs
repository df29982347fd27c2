using LabFlow.Host.Infrastructure.Scheduling;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class HangfireSqliteConnectionsTests
{
    [Fact]
    public void Open_UsesWalWithNormalSync_SoHangfiresCommitsDoNotEachWaitForTheDisk()
    {
        var folder = Directory.CreateTempSubdirectory("labflow-hangfire-sqlite-").FullName;
        try
        {
            using (var connection = HangfireSqliteConnections.Open(Path.Combine(folder, "hangfire.db")))
            {
                Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
                Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA synchronous"));
            }

            // A second connection to the same file: WAL is the file's, NORMAL is set again for each connection.
            using var second = HangfireSqliteConnections.Open(Path.Combine(folder, "hangfire.db"));
            Assert.Equal(1, second.ExecuteScalar<int>("PRAGMA synchronous"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
