using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.CrashWorker;

/// <summary>The engine on the EF Core stores of one database, as a Host node has it, for both worker modes.</summary>
internal static class WorkerServices
{
    /// <param name="configure">Runs after the persistence and engine registrations (the lab domain, extra effect writers).</param>
    public static ServiceProvider Build(string provider, string connectionString, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{DatabaseOptions.SectionName}:Provider"] = provider,
                [$"{DatabaseOptions.SectionName}:ConnectionString"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddLabFlowPersistence(configuration);
        services.AddLabFlowWorkflows();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Migrates the database and publishes <paramref name="flowJson"/>; <c>false</c> when the migration failed.</summary>
    public static async Task<bool> PrepareAsync(ServiceProvider provider, string flowJson, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken))
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>()
            .PublishAsync(WorkflowDefinitionSerializer.Deserialize(flowJson), "crash-worker", null, cancellationToken);
        return true;
    }
}
