using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowStatus = LabFlow.Workflows.Execution.WorkflowStatus;

namespace LabFlow.Bench;

/// <summary>
/// LabFlow's engine (in-memory stores) against WorkflowCore 3.22.0 (its in-memory persistence and queue) on the same
/// three scenarios, in one process, alternating, three repetitions. WorkflowCore runs twice: in its fastest
/// configuration (indexes off, lifecycle events off, 64 concurrent workflows, idle 1 ms) and with its defaults.
/// Every step does the same small work in both engines (adds one to a number in the flow's data).
/// </summary>
internal static class WorkflowCoreComparison
{
    private const int Repetitions = 3;

    public static async Task RunAsync(int items)
    {
        if (Environment.GetEnvironmentVariable("LABFLOW_BENCH_PROFILE") is "1" or "cpu")
        {
            await ProfileAsync(items, sample: Environment.GetEnvironmentVariable("LABFLOW_BENCH_PROFILE") == "1");
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"LabFlow vs WorkflowCore 3.22.0 (in memory): {items} flows per measurement, {Repetitions} repetitions, alternating");
        var ratios = new Dictionary<Scenario, List<double>>();
        var cpuRatios = new Dictionary<Scenario, List<double>>();
        for (var repetition = 1; repetition <= Repetitions; repetition++)
        {
            foreach (var scenario in Enum.GetValues<Scenario>())
            {
                // A fresh engine for every measurement: WorkflowCore's in-memory store scans all instances it ever ran,
                // and an idle host still polls, so neither may carry over into the next measurement.
                var ours = await MeasureAsync(LabFlowEngine.CreateAsync, scenario, items);
                var peer = await MeasureAsync(() => Task.FromResult(WorkflowCoreEngine.Create(fastest: true)), scenario, items);
                var peerDefaults = await MeasureAsync(() => Task.FromResult(WorkflowCoreEngine.Create(fastest: false)), scenario, items / 4);
                var ratio = peer.Elapsed.TotalSeconds / ours.Elapsed.TotalSeconds;
                var cpuRatio = peer.CpuPerItem(items) / ours.CpuPerItem(items);
                (cpuRatios.TryGetValue(scenario, out var cpuList) ? cpuList : cpuRatios[scenario] = []).Add(cpuRatio);
                var ratioDefaults = peerDefaults.Elapsed.TotalSeconds / (items / 4) / (ours.Elapsed.TotalSeconds / items);
                (ratios.TryGetValue(scenario, out var list) ? list : ratios[scenario] = []).Add(ratio);
                Console.WriteLine($"  #{repetition} {Name(scenario),-22} LabFlow              {ours.Describe(items)}");
                Console.WriteLine($"     {string.Empty,-22} WorkflowCore fastest {peer.Describe(items)}");
                Console.WriteLine($"     {string.Empty,-22} WorkflowCore default {peerDefaults.Describe(items / 4)}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     {string.Empty,-22} LabFlow / WorkflowCore: {ratio:0.00}× fastest, {ratioDefaults:0.00}× defaults; CPU per flow {cpuRatio:0.00}× fastest"));
            }
        }

        foreach (var (scenario, list) in ratios)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  median {Name(scenario),-22} LabFlow / WorkflowCore fastest = {list[list.Count / 2]:0.00}× (range {list[0]:0.00}–{list[^1]:0.00})"));
        }

        // On a machine shared with other work the wall-clock ratio swings with the load; the process's CPU time per
        // flow (both engines' threads, WorkflowCore's polling included) is steadier.
        foreach (var (scenario, list) in cpuRatios)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  median {Name(scenario),-22} CPU per flow, WorkflowCore fastest / LabFlow = {list[list.Count / 2]:0.00}× (range {list[0]:0.00}–{list[^1]:0.00})"));
        }
    }

    /// <summary>
    /// LabFlow alone, each scenario with its CPU per flow and the allocation sampler (<c>LABFLOW_BENCH_PROFILE=1</c>), or
    /// without the sampler for a CPU profiler such as dotnet-trace (<c>LABFLOW_BENCH_PROFILE=cpu</c>: the sampler's event
    /// listener costs CPU of its own). <c>LABFLOW_BENCH_SCENARIO</c> picks one scenario by name, e.g. <c>FourSteps</c>.
    /// </summary>
    private static async Task ProfileAsync(int items, bool sample)
    {
        var only = Environment.GetEnvironmentVariable("LABFLOW_BENCH_SCENARIO");
        foreach (var scenario in Enum.GetValues<Scenario>().Where(s => only is null || string.Equals(s.ToString(), only, StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine();
            Console.WriteLine($"LabFlow alone, {Name(scenario)}: {items} flows{(sample ? " with the allocation sampler" : string.Empty)}");
            await using var engine = await LabFlowEngine.CreateAsync();
            await engine.RunAsync(scenario, Math.Min(items, 200));
            using var sampler = sample ? new AllocationSampler() : null;
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pauseBefore = GC.GetTotalPauseDuration();
            var measurement = await Measurement.OfAsync(() => engine.RunAsync(scenario, items));
            var timed = new Timed(measurement, System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
            Console.WriteLine($"  {timed.Describe(items)}");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  GCs gen0/1/2 {GC.CollectionCount(0) - collectionsBefore.Item1}/{GC.CollectionCount(1) - collectionsBefore.Item2}/{GC.CollectionCount(2) - collectionsBefore.Item3}, paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds * 1000 / items:0.0} µs/flow, heap {GC.GetTotalMemory(false) / 1048576.0:0} MiB"));
            sampler?.Print(25);
        }
    }

    private static async Task<Timed> MeasureAsync<TEngine>(Func<Task<TEngine>> create, Scenario scenario, int items)
        where TEngine : IEngine
    {
        await using var engine = await create();
        await engine.RunAsync(scenario, Math.Min(items, 200)); // warm-up: JIT, Jint, the engine's queues
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var measurement = await Measurement.OfAsync(() => engine.RunAsync(scenario, items));
        return new Timed(measurement, System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    /// <summary>A measurement with the process's CPU time over it.</summary>
    private readonly record struct Timed(Measurement Measurement, TimeSpan Cpu)
    {
        public TimeSpan Elapsed => Measurement.Elapsed;

        public double CpuPerItem(int items) => Cpu.TotalMilliseconds * 1000 / items;

        public string Describe(int items) =>
            string.Create(CultureInfo.InvariantCulture, $"{Measurement.PerOperation(items, "flow")}   {CpuPerItem(items),8:N1} µs CPU/flow");
    }

    private static string Name(Scenario scenario) => scenario switch
    {
        Scenario.FourSteps => "four steps",
        Scenario.TwentyStepsForkJoin => "20 steps, 5-way fork",
        _ => "human task round trip",
    };

    private interface IEngine : IAsyncDisposable
    {
        Task RunAsync(Scenario scenario, int items);
    }

    internal enum Scenario
    {
        FourSteps,
        TwentyStepsForkJoin,
        HumanTask,
    }

    /// <summary>LabFlow's engine with its in-memory stores; callers are as many as the machine has cores.</summary>
    private sealed class LabFlowEngine(ServiceProvider services, IWorkflowRuntime runtime) : IEngine
    {
        private int _next;

        public static async Task<LabFlowEngine> CreateAsync()
        {
            var services = new ServiceCollection()
                .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                .AddLabFlowWorkflows()
                .BuildServiceProvider();
            var definitions = services.GetRequiredService<IWorkflowDefinitionStore>();
            foreach (var flow in new[] { BenchFlows.FourSteps, BenchFlows.TwentyStepsForkJoin, BenchFlows.HumanTask })
            {
                await definitions.PublishAsync(WorkflowDefinitionSerializer.Deserialize(flow), "bench", null, CancellationToken.None);
            }

            return new LabFlowEngine(services, services.GetRequiredService<IWorkflowRuntime>());
        }

        public Task RunAsync(Scenario scenario, int items)
        {
            var first = Interlocked.Add(ref _next, items) - items;
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            return Parallel.ForAsync(first, first + items, options, async (i, token) =>
            {
                var key = $"lf-{i}";
                var definitionId = scenario switch
                {
                    Scenario.FourSteps => "bench-four",
                    Scenario.TwentyStepsForkJoin => "bench-twenty",
                    _ => "bench-human",
                };
                var started = await runtime.StartAsync(new StartWorkflowRequest(definitionId, LabContext: new JsonObject { ["key"] = key }), token);
                if (scenario == Scenario.HumanTask)
                {
                    var resumed = await runtime.SignalAsync("approve", key, ResumePayload.System(), token);
                    started = resumed.Count == 1 && resumed[0].Status is { } status
                        ? started with { Status = status }
                        : throw new InvalidOperationException($"Signal for {key} resumed {resumed.Count} bookmarks, not one.");
                }

                if (started.Status != WorkflowStatus.Finished)
                {
                    throw new InvalidOperationException($"LabFlow flow {definitionId} ended {started.Status}, not Finished: {string.Join("; ", started.Incidents.Select(x => x.Message))}");
                }
            });
        }

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }

    /// <summary>WorkflowCore with its in-memory persistence and queue, its host running in the background.</summary>
    private sealed class WorkflowCoreEngine(ServiceProvider services, IWorkflowHost host) : IEngine
    {
        private int _next;

        public static WorkflowCoreEngine Create(bool fastest)
        {
            var services = new ServiceCollection()
                .AddLogging(logging => logging.SetMinimumLevel(LogLevel.None))
                .AddWorkflow(options =>
                {
                    if (fastest)
                    {
                        options.EnableIndexes = false;
                        options.EnableLifeCycleEventsPublisher = false;
                        options.UseMaxConcurrentWorkflows(64);
                        options.UseIdleTime(TimeSpan.FromMilliseconds(1));
                    }
                })
                .BuildServiceProvider();
            var host = services.GetRequiredService<IWorkflowHost>();
            host.RegisterWorkflow<FourStepsFlow, FlowData>();
            host.RegisterWorkflow<TwentyStepsFlow, FlowData>();
            host.RegisterWorkflow<HumanTaskFlow, FlowData>();
            host.Start();
            return new WorkflowCoreEngine(services, host);
        }

        public async Task RunAsync(Scenario scenario, int items)
        {
            var first = Interlocked.Add(ref _next, items) - items;
            var done = new Completion(items);
            var workflowId = scenario switch
            {
                Scenario.FourSteps => FourStepsFlow.Name,
                Scenario.TwentyStepsForkJoin => TwentyStepsFlow.Name,
                _ => HumanTaskFlow.Name,
            };
            for (var i = first; i < first + items; i++)
            {
                var key = $"wc-{i}";
                await host.StartWorkflow(workflowId, new FlowData { Key = key, Done = done });
                if (scenario == Scenario.HumanTask)
                {
                    // The flow's WaitFor takes events from any time (effective date MinValue), so publishing right after
                    // the start is a full start → wait → resume round trip whichever gets there first.
                    await host.PublishEvent("approve", key, null);
                }
            }

            await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync(CancellationToken.None);
            await services.DisposeAsync();
        }
    }

    /// <summary>Counts finished flows of one measurement.</summary>
    internal sealed class Completion(int expected)
    {
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _remaining = expected;

        public Task Task => _finished.Task;

        public void OneFinished()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _finished.SetResult();
            }
        }
    }

    internal sealed class FlowData
    {
        public string Key { get; set; } = string.Empty;

        public int Count { get; set; }

        public Completion? Done { get; set; }
    }

    private static ExecutionResult Add(IStepExecutionContext context)
    {
        ((FlowData)context.Workflow.Data).Count++;
        return ExecutionResult.Next();
    }

    private static ExecutionResult Finish(IStepExecutionContext context)
    {
        ((FlowData)context.Workflow.Data).Done?.OneFinished();
        return ExecutionResult.Next();
    }

    private sealed class FourStepsFlow : IWorkflow<FlowData>
    {
        public const string Name = "four";

        public string Id => Name;

        public int Version => 1;

        public void Build(IWorkflowBuilder<FlowData> builder) =>
            builder.StartWith(Add).Then(Add).Then(Add).Then(Finish);
    }

    private sealed class TwentyStepsFlow : IWorkflow<FlowData>
    {
        public const string Name = "twenty";

        public string Id => Name;

        public int Version => 1;

        // 1 + 5 × 3 + join + 2 + finish = 20 steps, like the LabFlow flow below.
        public void Build(IWorkflowBuilder<FlowData> builder) =>
            builder.StartWith(Add)
                .Parallel()
                .Do(branch => branch.StartWith(Add).Then(Add).Then(Add))
                .Do(branch => branch.StartWith(Add).Then(Add).Then(Add))
                .Do(branch => branch.StartWith(Add).Then(Add).Then(Add))
                .Do(branch => branch.StartWith(Add).Then(Add).Then(Add))
                .Do(branch => branch.StartWith(Add).Then(Add).Then(Add))
                .Join()
                .Then(Add).Then(Add).Then(Finish);
    }

    private sealed class HumanTaskFlow : IWorkflow<FlowData>
    {
        public const string Name = "human";

        public string Id => Name;

        public int Version => 1;

        public void Build(IWorkflowBuilder<FlowData> builder) =>
            builder.StartWith(Add)
                .WaitFor("approve", data => data.Key, data => DateTime.MinValue)
                .Then(Finish);
    }
}
