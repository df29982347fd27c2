using Npgsql;

namespace LabFlow.Host.Tests.Scheduling;

/// <summary>
/// A fresh PostgreSQL database for one test, dropped afterwards. The server is the one in LABFLOW_TEST_POSTGRES
/// (set by the test script), or Debian's local server; a missing server fails the test rather than skipping it.
/// </summary>
internal sealed class TestPostgreSqlDatabase : IAsyncDisposable
{
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=labflow_test;Password=labflow_test;Database=postgres";

    private readonly string _adminConnectionString;

    private TestPostgreSqlDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestPostgreSqlDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("LABFLOW_TEST_POSTGRES") is { Length: > 0 } fromScript ? fromScript : LocalServer;
        var database = new TestPostgreSqlDatabase(admin, $"labflow_hangfire_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
