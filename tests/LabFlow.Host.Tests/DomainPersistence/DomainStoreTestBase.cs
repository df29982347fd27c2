using LabFlow.Activities.DependencyInjection;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// A fresh database of <see cref="Provider"/> and one prepared node on it with the lab domain (AddLabActivities) on
/// the EF Core stores, per test.
/// </summary>
public abstract class DomainStoreTestBase : IAsyncLifetime
{
    private TestDatabase? _database;
    private LabFlowTestNode? _node;

    protected abstract string Provider { get; }

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    protected LabFlowTestNode Node => _node ?? throw new InvalidOperationException("Not initialised.");

    protected CancellationToken Token => Node.Token;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _node = await CreateNode().PrepareAsync();
    }

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="action"/> on service <typeparamref name="TService"/> in a scope of its own (a request).</summary>
    protected Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull =>
        Node.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    protected Task InScopeAsync<TService>(Func<TService, Task> action)
        where TService : notnull =>
        Node.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    /// <summary>Another node on the same database, sharing the clock.</summary>
    protected LabFlowTestNode CreateNode(Action<IServiceCollection>? configure = null) =>
        new(Database, _node?.Time, services =>
        {
            services.AddLabActivities();
            configure?.Invoke(services);
        });
}
