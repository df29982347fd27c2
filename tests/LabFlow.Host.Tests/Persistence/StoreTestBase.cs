using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>A fresh database of the provider <see cref="Provider"/> and one prepared node on it, per test.</summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    private TestDatabase? _database;
    private LabFlowTestNode? _node;

    protected abstract string Provider { get; }

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    protected LabFlowTestNode Node => _node ?? throw new InvalidOperationException("Not initialised.");

    protected RecordingDispatcher Dispatcher { get; } = new();

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

    /// <summary>Another node on the same database (its own service provider and in-process locks), sharing the clock.</summary>
    protected LabFlowTestNode CreateNode(RecordingDispatcher? dispatcher = null) =>
        new(Database, _node?.Time, services =>
        {
            services.AddSingleton<IWorkflowEffectDispatcher>(dispatcher ?? Dispatcher);
            services.AddScoped<IEfCoreEffectWriter, DraftEffectWriter>();
        });
}
