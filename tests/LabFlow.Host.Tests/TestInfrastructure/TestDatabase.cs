using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a PostgreSQL database cloned from
/// the migrated template. Disposing deletes it.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary><see cref="DatabaseProviders.Sqlite"/> or <see cref="DatabaseProviders.PostgreSql"/>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The configuration a Host (or a <see cref="LabFlowTestNode"/>) needs to use this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"{DatabaseOptions.SectionName}:Provider"] = Provider,
        [$"{DatabaseOptions.SectionName}:ConnectionString"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(string provider) =>
        DatabaseProviders.IsPostgreSql(provider) ? await PostgreSqlTestDatabase.CreateAsync() : SqliteTestDatabase.Create();

    public abstract ValueTask DisposeAsync();
}
