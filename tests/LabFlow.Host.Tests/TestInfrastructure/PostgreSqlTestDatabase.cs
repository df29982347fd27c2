using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>A PostgreSQL database of its own, cloned from the run's migrated template and dropped afterwards.</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly string _name;

    private PostgreSqlTestDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public override string Provider => DatabaseProviders.PostgreSql;

    public override string ConnectionString { get; }

    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var name = $"{PostgreSqlServer.DatabasePrefix}{Environment.ProcessId}_{Guid.NewGuid():N}";
        return new PostgreSqlTestDatabase(name, await PostgreSqlServer.CreateDatabaseAsync(name));
    }

    public override async ValueTask DisposeAsync() => await PostgreSqlServer.DropDatabaseAsync(_name);
}
