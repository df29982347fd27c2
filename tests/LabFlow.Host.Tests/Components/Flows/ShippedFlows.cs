using LabFlow.Activities.DependencyInjection;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>The flows LabFlow ships (copied beside the tests with the Host), loaded through the real loader and registry.</summary>
internal static class ShippedFlows
{
    private static readonly Lazy<ServiceProvider> Provider = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddLabActivities();
        services.AddLabFlowWorkflows();
        services.AddSingleton<WorkflowDefinitionLoader>();
        return services.BuildServiceProvider();
    });

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows-json");

    public static IActivityRegistry Registry => Provider.Value.GetRequiredService<IActivityRegistry>();

    public static WorkflowDefinitionLoader Loader => Provider.Value.GetRequiredService<WorkflowDefinitionLoader>();

    public static IEnumerable<string> FileNames =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static WorkflowDefinition Load(string fileName)
    {
        var result = Loader.Load(fileName, File.ReadAllText(Path.Combine(Folder, fileName)));
        return result.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }
}
