using LabFlow.Activities.DependencyInjection;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Bench;

/// <summary>How long loading and validating a flow takes (start-up, the designer's validate, the API's publish).</summary>
internal static class FlowLoadingBenchmark
{
    private const int Rounds = 200;

    public static async Task RunAsync(string folder)
    {
        Console.WriteLine();
        Console.WriteLine($"Flow loading and validation (core and lab activity types): {folder}");
        await using var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddLabFlowWorkflows()
            .AddLabActivities()
            .AddSingleton<WorkflowDefinitionLoader>()
            .BuildServiceProvider();
        var loader = services.GetRequiredService<WorkflowDefinitionLoader>();

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file);
            var name = Path.GetFileName(file);
            var first = loader.Load(name, json);
            if (!first.IsValid)
            {
                Console.WriteLine($"  {name,-32} invalid ({first.Errors.Count} errors): {first.Errors[0]}");
                continue;
            }

            var measured = await Measurement.OfAsync(() =>
            {
                for (var i = 0; i < Rounds; i++)
                {
                    loader.Load(name, json);
                }

                return Task.CompletedTask;
            });
            Console.WriteLine($"  {name,-32} {measured.PerOperation(Rounds, "load")}  ({json.Length / 1024.0:N1} KiB)");
        }
    }
}
