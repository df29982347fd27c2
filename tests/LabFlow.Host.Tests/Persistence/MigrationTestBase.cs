using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// A migration test's own database (a new SQLite file, or a PostgreSQL database cloned from the migrated template),
/// which a test migrates to the migration before the one it tests, fills with rows and then migrates to the end.
/// </summary>
public abstract class MigrationTestBase : IAsyncLifetime
{
    private TestDatabase? _database;

    protected abstract string Provider { get; }

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(Provider);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected LabFlowDatabase Database() => new(
        Options.Create(new DatabaseOptions { Provider = Provider, ConnectionString = _database!.ConnectionString }),
        Options.Create(new LabFlowOptions()));
}
