using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Workflows.Tests.Execution;

public sealed class LabFlowWorkflowsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddLabFlowWorkflows_RegistersEngineOnce_WhenCalledTwice()
    {
        var services = new ServiceCollection().AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));

        services.AddLabFlowWorkflows().AddLabFlowWorkflows();

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
        Assert.Equal(
            ["Decision", "Delay", "End", "Join", "SetVariable", "Start", "Switch", "WaitForSignal"],
            provider.GetRequiredService<IActivityRegistry>().All.Select(d => d.TypeName).Order());
        Assert.Same(provider.GetRequiredService<IWorkflowCommitStore>(), provider.GetRequiredService<IBookmarkStore>());
        Assert.Equal(10_000, provider.GetRequiredService<WorkflowRunnerOptions>().MaxActivitiesPerBurst);
        Assert.Equal(5, provider.GetRequiredService<WorkflowRunnerOptions>().MaxCommitAttempts);
    }

    [Fact]
    public async Task AddLabFlowWorkflows_KeepsInfrastructureStore_WhenRegisteredBefore()
    {
        var services = new ServiceCollection().AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        var definitions = new InMemoryWorkflowDefinitionStore(TimeProvider.System);
        services.AddSingleton<IWorkflowDefinitionStore>(definitions);

        services.AddLabFlowWorkflows();

        await using var provider = services.BuildServiceProvider();
        Assert.Same(definitions, provider.GetRequiredService<IWorkflowDefinitionStore>());
    }
}
