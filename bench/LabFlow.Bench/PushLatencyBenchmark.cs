using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// How long an idea takes to reach another browser's board: from the call to <see cref="CollectionService.SubmitAsync"/>
/// (validation, the row's insert, the publish) to a board subscription's callback. Once inside one Host (the
/// in-process notifier: another circuit on the same node) and once between two Hosts on one PostgreSQL database
/// (LISTEN/NOTIFY on each node's dedicated connection). Ideas are written one after another, each waiting for its
/// arrival, so the figure is latency, not throughput. Prints p50/p95/max and the load average.
/// </summary>
internal static class PushLatencyBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(string workflowsJson, int ideas)
    {
        Console.WriteLine();
        Console.WriteLine($"Push latency: {ideas} ideas written through CollectionService, each awaited on another board subscription (load average {LoadAverage()})");
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-push-").FullName;
        try
        {
            var (app, _) = await BenchHost.StartAsync(Path.Combine(dataPath, "one"), workflowsJson, _ => { });
            await using (app)
            {
                Print("in-process notifier, one Host (SQLite)", await MeasureAsync(app, app, ideas));

                // Stopped before disposal, so the background services end quietly instead of failing on cancellation.
                await app.StopAsync();
            }

            await BenchPostgres.RunOnFreshDatabaseAsync("labflow_bench_push", async connection =>
            {
                var (nodeA, _) = await BenchHost.StartAsync(Path.Combine(dataPath, "a"), workflowsJson, _ => { }, ("PostgreSql", connection));
                await using (nodeA)
                {
                    var (nodeB, _) = await BenchHost.StartAsync(Path.Combine(dataPath, "b"), workflowsJson, _ => { }, ("PostgreSql", connection));
                    await using (nodeB)
                    {
                        await Task.WhenAll(
                            nodeA.Services.GetRequiredService<PostgreSqlCollectionNotifier>().Listening,
                            nodeB.Services.GetRequiredService<PostgreSqlCollectionNotifier>().Listening).WaitAsync(Timeout);
                        Print("LISTEN/NOTIFY, node A to node B (PostgreSQL)", await MeasureAsync(nodeA, nodeB, ideas));
                        await nodeB.StopAsync();
                    }

                    await nodeA.StopAsync();
                }
            });
            Console.WriteLine($"  load average after: {LoadAverage()}");
        }
        finally
        {
            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A database file still held open is left to the temp folder's cleanup.
            }
        }
    }

    /// <summary>Opens a board (a real commit, as a CollectIdeas step does), subscribes on <paramref name="reader"/> and writes ideas on <paramref name="writer"/>.</summary>
    private static async Task<List<double>> MeasureAsync(WebApplication writer, WebApplication reader, int ideas)
    {
        var author = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var board = new LabCollection(
            Guid.NewGuid(), Guid.NewGuid(), "ideas", Guid.NewGuid(), CollectionKind.Ideas, LocalizedText.Of("Idéer", "Ideas"), [author], null,
            now.AddDays(7), [new JsonObject { ["key"] = "idea", ["type"] = "Text", ["label"] = "Idé", ["required"] = true }],
            SourceCollectionId: null, VotesPerPerson: 0, Anonymous: false, now);
        var instance = new WorkflowInstance
        {
            Id = board.LabId, DefinitionId = "bench-push", DefinitionVersion = 1, Status = WorkflowStatus.Suspended, ConcurrencyToken = 1,
            CreatedAt = now, UpdatedAt = now, State = new WorkflowState(),
        };
        await using (var scope = writer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowCommitStore>()
                .CommitAsync(new WorkflowCommit(instance, null, [], [], [], [new CollectionOpened(Guid.NewGuid(), board)]), CancellationToken.None);
        }

        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = reader.Services.GetRequiredService<ICollectionNotifier>().Subscribe(board.Id, () =>
        {
            Volatile.Read(ref arrived).TrySetResult();
            return Task.CompletedTask;
        });

        // A few ideas first, so JIT and connection pools are warm before anything is timed.
        var warmUp = Math.Min(20, ideas);
        var samples = new List<double>(ideas);
        for (var i = 0; i < warmUp + ideas; i++)
        {
            Volatile.Write(ref arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            var waiting = Volatile.Read(ref arrived).Task;
            var started = Stopwatch.GetTimestamp();
            await using (var scope = writer.Services.CreateAsyncScope())
            {
                var result = await scope.ServiceProvider.GetRequiredService<CollectionService>()
                    .SubmitAsync(board.Id, author, new JsonObject { ["idea"] = $"Idé {i}" }, CancellationToken.None);
                if (result.Errors.Count > 0)
                {
                    throw new InvalidOperationException($"The benchmark's idea was refused at {result.Errors[0].Path} ({result.Errors[0].Code}): check the board's form.");
                }
            }

            await waiting.WaitAsync(Timeout);
            if (i >= warmUp)
            {
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return samples;
    }

    private static void Print(string what, List<double> samples)
    {
        samples.Sort();
        double At(double quantile) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(quantile * samples.Count) - 1)];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {what,-46} p50 {At(0.50),7:N2} ms   p95 {At(0.95),7:N2} ms   max {samples[^1],7:N2} ms   ({samples.Count} ideas)"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
