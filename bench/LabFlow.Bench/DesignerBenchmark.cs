using LabFlow.Activities.DependencyInjection;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Bench;

/// <summary>
/// The designer's own work per flow, without the browser: opening a flow (flow → diagram model with nodes, ports and
/// links) and saving it (diagram → flow → JSON). Validation is measured by <see cref="FlowLoadingBenchmark"/>; the
/// designer runs it on demand and on save only.
/// </summary>
internal static class DesignerBenchmark
{
    private const int Rounds = 200;

    public static async Task RunAsync(string folder)
    {
        Console.WriteLine();
        Console.WriteLine($"Designer model (open = flow → diagram, save = diagram → JSON): {folder}");
        await using var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddLabFlowWorkflows()
            .AddLabActivities()
            .BuildServiceProvider();
        var registry = services.GetRequiredService<IActivityRegistry>();

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var definition = WorkflowDefinitionSerializer.Deserialize(await File.ReadAllTextAsync(file));
            var open = await Measurement.OfAsync(() =>
            {
                for (var i = 0; i < Rounds; i++)
                {
                    FlowDiagramMapper.ToDiagram(definition, registry);
                }

                return Task.CompletedTask;
            });
            var diagram = FlowDiagramMapper.ToDiagram(definition, registry);
            var save = await Measurement.OfAsync(() =>
            {
                for (var i = 0; i < Rounds; i++)
                {
                    WorkflowDefinitionSerializer.Serialize(FlowDiagramMapper.ToDefinition(diagram));
                }

                return Task.CompletedTask;
            });
            Console.WriteLine($"  {name,-32} {definition.Activities.Count,3} activities  open {open.PerOperation(Rounds, "open")}");
            Console.WriteLine($"  {string.Empty,-32} {string.Empty,14}  save {save.PerOperation(Rounds, "save")}");
        }

        await DesignerScaleBenchmark.RunAsync(registry, services.GetRequiredService<LabFlow.Workflows.Expressions.IExpressionEvaluator>());
    }
}
