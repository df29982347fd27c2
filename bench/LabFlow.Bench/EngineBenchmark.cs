using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Bench;

/// <summary>
/// The engine alone (in-memory stores): how fast labs start and resume, and what a waiting lab costs in memory.
/// Each lab forks into five branches waiting on signals, which join and run a script, like a phase with
/// parallel tasks.
/// </summary>
internal static class EngineBenchmark
{
    private const int Branches = 5;

    private const string Flow = """
        {
          "id": "bench-parallel",
          "name": "Bench",
          "variables": [ { "name": "done", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "w1", "type": "WaitForSignal", "inputs": { "signal": "b1", "correlation": { "js": "lab.key" } } },
            { "id": "w2", "type": "WaitForSignal", "inputs": { "signal": "b2", "correlation": { "js": "lab.key" } } },
            { "id": "w3", "type": "WaitForSignal", "inputs": { "signal": "b3", "correlation": { "js": "lab.key" } } },
            { "id": "w4", "type": "WaitForSignal", "inputs": { "signal": "b4", "correlation": { "js": "lab.key" } } },
            { "id": "w5", "type": "WaitForSignal", "inputs": { "signal": "b5", "correlation": { "js": "lab.key" } } },
            { "id": "join", "type": "Join", "inputs": { "mode": "All" } },
            { "id": "count", "type": "SetVariable", "inputs": { "name": "done", "value": { "js": "vars.done + 5" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "from": "start", "to": "w1" }, { "from": "start", "to": "w2" }, { "from": "start", "to": "w3" },
            { "from": "start", "to": "w4" }, { "from": "start", "to": "w5" },
            { "from": "w1", "to": "join" }, { "from": "w2", "to": "join" }, { "from": "w3", "to": "join" },
            { "from": "w4", "to": "join" }, { "from": "w5", "to": "join" },
            { "from": "join", "to": "count" }, { "from": "count", "to": "end" }
          ]
        }
        """;

    public static async Task RunAsync(int labs)
    {
        Console.WriteLine();
        Console.WriteLine($"Engine (in-memory stores): {labs} labs, each 5 parallel waits → Join → script → End");
        var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddLabFlowWorkflows()
            .BuildServiceProvider();
        await using (services)
        {
            var definition = WorkflowDefinitionSerializer.Deserialize(Flow);
            await services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "bench", null, CancellationToken.None);

            var runtime = services.GetRequiredService<IWorkflowRuntime>();
            var keys = Enumerable.Range(0, labs).Select(i => $"lab-{i}").ToArray();

            // Warm-up: Jint, the JSON serializers and the JIT, so the figures below are steady state.
            await StartAsync(runtime, "warm-up");
            await SignalAllAsync(runtime, "warm-up");

            var memoryBefore = RetainedBytes();
            var start = await Measurement.OfAsync(async () =>
            {
                foreach (var key in keys)
                {
                    await StartAsync(runtime, key);
                }
            });
            var memoryWaiting = RetainedBytes() - memoryBefore;
            Console.WriteLine($"  start (1 thread)        {start.PerOperation(labs, "lab")}");
            Console.WriteLine($"  memory while waiting    {memoryWaiting / (double)labs / 1024,8:N1} KiB per lab (5 open bookmarks each)");

            var resume = await Measurement.OfAsync(async () =>
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
                await Parallel.ForEachAsync(keys, options, async (key, token) => await SignalAllAsync(runtime, key));
            });
            Console.WriteLine($"  resume ({Environment.ProcessorCount} threads)       {resume.PerOperation(labs * Branches, "resume")}");

            var instances = await services.GetRequiredService<IWorkflowInstanceStore>()
                .ListAsync(new WorkflowInstanceQuery(Status: WorkflowStatus.Finished, Take: labs + 1), CancellationToken.None);
            Console.WriteLine($"  finished labs           {instances.Count - 1} of {labs}");
        }
    }

    private static Task<WorkflowRunResult> StartAsync(IWorkflowRuntime runtime, string key) =>
        runtime.StartAsync(new StartWorkflowRequest("bench-parallel", LabContext: new JsonObject { ["key"] = key }), CancellationToken.None);

    private static async Task SignalAllAsync(IWorkflowRuntime runtime, string key)
    {
        for (var branch = 1; branch <= Branches; branch++)
        {
            var results = await runtime.SignalAsync($"b{branch}", key, ResumePayload.System(), CancellationToken.None);
            if (results.Count != 1 || results[0].Outcome != ResumeOutcome.Resumed)
            {
                throw new InvalidOperationException($"Signal b{branch} for {key} did not resume exactly one bookmark.");
            }
        }
    }

    private static long RetainedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
