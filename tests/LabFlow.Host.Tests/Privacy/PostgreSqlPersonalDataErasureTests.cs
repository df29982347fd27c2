using LabFlow.Host.Tests.ApiResources;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Privacy;

/// <summary>Erasure (<see cref="PersonalDataErasureTests"/>) with the Host on PostgreSQL: a database of its own per test.</summary>
public sealed class PostgreSqlPersonalDataErasureTests : PersonalDataErasureTests, IPostgreSqlTests, IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiResourcesFactory? _factory;

    protected override ApiResourcesFactory Factory => _factory ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlTestDatabase.CreateAsync();
        _factory = new ApiResourcesFactory(_database.Settings);
        await _factory.PublishAsync(PrivacyScenario.Flow);
    }

    public async Task DisposeAsync()
    {
        _factory?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
