using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Flowchart;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using LabFlow.Workflows.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Workflows.DependencyInjection;

public static class LabFlowWorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// The engine: activity registry and core activities, runner and runtime, and in-memory stores and scheduler as
    /// defaults (registered with TryAdd, so infrastructure registered before or after replaces them).
    /// </summary>
    public static IServiceCollection AddLabFlowWorkflows(this IServiceCollection services, WorkflowRunnerOptions? options = null)
    {
        if (services.Any(s => s.ServiceType == typeof(WorkflowRunner)))
        {
            return services;
        }

        foreach (var descriptor in CoreActivityDescriptors.All)
        {
            services.AddSingleton(descriptor);
            services.TryAddTransient(descriptor.HandlerType);
        }

        services.TryAddSingleton(options ?? new WorkflowRunnerOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ExpressionOptions());
        services.TryAddSingleton<IExpressionEvaluator, JintExpressionEvaluator>();
        services.TryAddSingleton<IActivityRegistry, ActivityRegistry>();
        services.TryAddScoped<IActivityHandlerFactory, ServiceProviderActivityHandlerFactory>();
        services.TryAddSingleton<WorkflowInstanceLocks>();
        services.TryAddSingleton<LatestVersions>();
        services.AddScoped<WorkflowRunner>();
        services.TryAddScoped<IWorkflowRuntime, WorkflowRuntime>();

        services.TryAddSingleton<InMemoryWorkflowStore>();
        services.TryAddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IBookmarkStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IWorkflowJournalStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IWorkflowCommitStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        // Transient and not disposable, so a scope neither caches nor tracks it (one more scoped service grew every
        // scope's table of resolved services past its next size: 1.7 KiB per scope, more than the reads it saves).
        services.TryAddTransient<IWorkflowBurstReader, StoreBurstReader>();
        services.TryAddSingleton<InMemoryWorkflowScheduler>();
        services.TryAddSingleton<IWorkflowScheduler>(sp => sp.GetRequiredService<InMemoryWorkflowScheduler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowEffectDispatcher, TimerEffectDispatcher>());
        return services;
    }
}
