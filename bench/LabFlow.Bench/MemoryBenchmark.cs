using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// Process memory with many suspended labs (issue 17): the Host on SQLite starts <c>--labs</c> (10,000) labs of a flow
/// that stops at a wait for a signal (the engine's suspension, as a human task's bookmark is), then resumes them all a
/// batch at a time. After each step it prints the working set and the GC heap after a full, compacting collection, so
/// growth per suspended or resumed lab shows as a slope (bytes per lab), not hidden in one figure.
/// </summary>
internal static class MemoryBenchmark
{
    private const int Callers = 4;
    private const int Batches = 10;

    public static async Task RunAsync(string workflowsJson, int labs)
    {
        Console.WriteLine();
        Console.WriteLine($"Memory: {labs:N0} suspended labs on SQLite, then resumed in {Batches} batches; {Callers} callers; load {Load()}");
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-memory-").FullName;
        try
        {
            var (app, _) = await BenchHost.StartAsync(dataPath, workflowsJson, _ => { }, ("Sqlite", null));
            await using var running = app;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
                await definitions.PublishAsync(WorkflowDefinitionSerializer.Deserialize(BenchFlows.HumanTask), "bench", null, CancellationToken.None);
            }

            // Warm-up: JIT, EF Core's model and compiled queries; the figures start after it.
            await StartAsync(app.Services, "warm", 0, 50);
            await ResumeAsync(app.Services, "warm", 0, 50);
            var baseline = Snapshot("after warm-up (50 labs started and resumed)", null);

            var stopwatch = Stopwatch.StartNew();
            await StartAsync(app.Services, "lab", 0, labs);
            var suspended = Snapshot($"{labs:N0} labs suspended (started in {stopwatch.Elapsed.TotalSeconds:N0} s)", baseline, labs);

            var batch = labs / Batches;
            var previous = suspended;
            for (var b = 0; b < Batches; b++)
            {
                stopwatch.Restart();
                await ResumeAsync(app.Services, "lab", b * batch, batch);
                previous = Snapshot($"{(b + 1) * batch:N0} of them resumed ({stopwatch.Elapsed.TotalSeconds:N0} s for {batch:N0})", previous, batch);
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  all resumed against suspended: GC heap {(previous.Heap - suspended.Heap) / (double)labs,8:N0} B/lab, working set {(previous.WorkingSet - suspended.WorkingSet) / (double)labs,8:N0} B/lab; load {Load()}"));
            await app.StopAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open stays in the temporary folder.
            }
        }
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    private static Task StartAsync(IServiceProvider services, string prefix, int first, int count) =>
        InParallelAsync(services, first, count, async (runtime, i) =>
        {
            var result = await runtime.StartAsync(new StartWorkflowRequest("bench-human", LabContext: new JsonObject { ["key"] = $"{prefix}-{i}" }), CancellationToken.None);
            if (result.Status == WorkflowStatus.Finished)
            {
                throw new InvalidOperationException($"Lab {prefix}-{i} finished at once instead of waiting for its signal.");
            }
        });

    private static Task ResumeAsync(IServiceProvider services, string prefix, int first, int count) =>
        InParallelAsync(services, first, count, async (runtime, i) =>
        {
            var resumed = await runtime.SignalAsync("approve", $"{prefix}-{i}", ResumePayload.System(), CancellationToken.None);
            if (resumed.Count != 1 || resumed[0].Status != WorkflowStatus.Finished)
            {
                throw new InvalidOperationException($"The signal for {prefix}-{i} did not finish exactly one lab.");
            }
        });

    /// <summary>Numbers <paramref name="first"/> onwards, <see cref="Callers"/> at a time, each in a scope of its own as a request has.</summary>
    private static async Task InParallelAsync(IServiceProvider services, int first, int count, Func<IWorkflowRuntime, int, Task> body)
    {
        var next = first - 1;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < first + count)
            {
                await using var scope = services.CreateAsyncScope();
                await body(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>(), i);
            }
        })));
    }

    private readonly record struct Figures(long Heap, long WorkingSet);

    private static Figures Snapshot(string what, Figures? before, int labs = 0)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var figures = new Figures(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
        var delta = before is { } b && labs > 0
            ? string.Create(CultureInfo.InvariantCulture, $"   Δ heap {(figures.Heap - b.Heap) / (double)labs,7:N0} B/lab, Δ working set {(figures.WorkingSet - b.WorkingSet) / (double)labs,7:N0} B/lab")
            : string.Empty;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {what,-58} GC heap {figures.Heap / 1048576.0,7:N1} MiB   working set {figures.WorkingSet / 1048576.0,7:N1} MiB{delta}"));
        return figures;
    }
}
