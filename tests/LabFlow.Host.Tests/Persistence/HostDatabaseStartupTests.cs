using LabFlow.Host.Tests.Startup;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>The real Host process and its database: created on first run, imported once, and a wrong setting stops it.</summary>
public sealed class HostDatabaseStartupTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-host-db-").FullName;

    [Fact]
    public async Task Start_CreatesTheSqliteDatabaseAndImportsShippedFlowsOnce_WhenStartedTwice()
    {
        var data = Path.Combine(_folder, "data");
        await using (var first = LabFlowProcess.Start(data, "Development"))
        {
            await first.WaitUntilListeningAsync(StartTimeout);
            Assert.Contains("Published shipped flow example-approval.json as example-approval version 1", first.Output, StringComparison.Ordinal);
        }

        await using (var second = LabFlowProcess.Start(data, "Development"))
        {
            await second.WaitUntilListeningAsync(StartTimeout);
            Assert.DoesNotContain("Published shipped flow", second.Output, StringComparison.Ordinal);
        }

        var database = Path.Combine(data, "labflow.db");
        Assert.True(File.Exists(database), $"The Host did not create {database}.");
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM WorkflowDefinitionVersions WHERE DefinitionId = 'example-approval'";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Start_StopsNamingTheSetting_WhenTheDatabaseProviderIsWrong()
    {
        await using var host = LabFlowProcess.Start(Path.Combine(_folder, "data"), "Development", null, "--LabFlow:Database:Provider=Oracle");

        var exitCode = await host.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("LabFlow did not start: LabFlow:Database:Provider is 'Oracle'; set it to Sqlite or PostgreSql.", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsNamingTheSetting_WhenPostgreSqlHasNoConnectionString()
    {
        await using var host = LabFlowProcess.Start(Path.Combine(_folder, "data"), "Development", null, "--LabFlow:Database:Provider=PostgreSql");

        var exitCode = await host.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("LabFlow did not start: LabFlow:Database:ConnectionString is required when LabFlow:Database:Provider is PostgreSql;", host.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
