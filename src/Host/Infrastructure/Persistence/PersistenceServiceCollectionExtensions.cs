using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence;

internal static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// EF Core stores (SQLite or PostgreSQL from <c>LabFlow:Database</c>) in place of the engine's in-memory
    /// defaults, the outbox and its sweep, the start-up migrator and the shipped-flow importer. Works before or
    /// after <c>AddLabFlowWorkflows</c>: the engine registers its defaults with TryAdd, and these replace them.
    /// </summary>
    public static IServiceCollection AddLabFlowPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateSettings(OutboxOptions.SectionName);
        services.AddOptions<LabFlowOptions>().Bind(configuration.GetSection(LabFlowOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<LabFlowDatabase>();
        services.TryAddSingleton<PublishedDefinitionCache>();
        services.TryAddScoped(sp => sp.GetRequiredService<LabFlowDatabase>().CreateContext());
        services.TryAddScoped<EfCoreOutbox>();
        services.TryAddScoped<LoadedInstances>();
        services.TryAddScoped<WorkflowConnection>();
        services.TryAddScoped<DatabaseMigrator>();
        services.TryAddScoped<ShippedFlowsImporter>();

        services.RemoveAll<IWorkflowDefinitionStore>().AddScoped<IWorkflowDefinitionStore, EfCoreWorkflowDefinitionStore>();
        services.RemoveAll<IWorkflowInstanceStore>().AddScoped<IWorkflowInstanceStore, EfCoreWorkflowInstanceStore>();
        services.RemoveAll<IBookmarkStore>().AddScoped<IBookmarkStore, EfCoreBookmarkStore>();
        services.RemoveAll<IWorkflowJournalStore>().AddScoped<IWorkflowJournalStore, EfCoreWorkflowJournalStore>();
        services.RemoveAll<IWorkflowCommitStore>().AddScoped<IWorkflowCommitStore, EfCoreWorkflowCommitStore>();
        services.RemoveAll<IWorkflowBurstReader>().AddTransient<IWorkflowBurstReader, EfCoreWorkflowBurstReader>();
        services.AddLabFlowDomainPersistence();

        services.TryAddSingleton<OutboxSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSweeper>());
        services.TryAddSingleton<SqliteWalCheckpointer>();
        services.AddHostedService(sp => sp.GetRequiredService<SqliteWalCheckpointer>());
        return services;
    }
}
