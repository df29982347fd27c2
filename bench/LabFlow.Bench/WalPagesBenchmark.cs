using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// Which pages a durable SQLite transaction writes (issue 17): LabFlow's round trips and starts and the floor's, each
/// run alone after a TRUNCATE checkpoint, and the database file with its -wal copied to a folder. Every frame in a WAL
/// is one page one transaction wrote; <c>scripts/wal-pages.py</c> maps the frames to tables and indexes with SQLite's
/// <c>dbstat</c> (the bundled e_sqlite3 has no dbstat, Debian's sqlite3 has). Deterministic counts, no timing.
/// </summary>
internal static class WalPagesBenchmark
{
    public static async Task RunAsync(string workflowsJson, int items, string keep)
    {
        Directory.CreateDirectory(keep);
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-walpages-").FullName;
        try
        {
            await using var app = await DurableBenchmark.StartHostAsync(workflowsJson, dataPath, "Sqlite", null);

            var labflowFile = Path.Combine(dataPath, "labflow.db");
            var floorFile = Path.Combine(dataPath, "floor.db");
            await using var floor = await DurableBenchmark.Floor.OpenSqliteAsync(floorFile);

            // Enough rows first that the B-trees have inner pages, as a database in use has.
            var next = 0;
            await DurableBenchmark.LabFlowRoundTripsAsync(app.Services, 500, next);
            await DurableBenchmark.LabFlowStartsAsync(app.Services, 500, next);
            next += 500;
            await floor.RoundTripsAsync(500);
            await floor.StartsAsync(500);

            await CaptureAsync(labflowFile, keep, "labflow-roundtrips", () => DurableBenchmark.LabFlowRoundTripsAsync(app.Services, items, next));
            await CaptureAsync(labflowFile, keep, "labflow-starts", () => DurableBenchmark.LabFlowStartsAsync(app.Services, items, next));

            // A resume that leaves the lab waiting (its status unchanged), as most task completions of a real lab do;
            // the round trip's resume ends its lab. Started outside the capture, so only the resumes are counted.
            await PublishAsync(app.Services, TwoWaits);
            await StartTwoWaitsAsync(app.Services, items);
            await CaptureAsync(labflowFile, keep, "labflow-resumes-waiting", () => SignalAllAsync(app.Services, "first", items, WorkflowStatus.Suspended));
            await CaptureAsync(floorFile, keep, "floor-roundtrips", () => floor.RoundTripsAsync(items));
            await CaptureAsync(floorFile, keep, "floor-starts", () => floor.StartsAsync(items));
            Console.WriteLine($"WAL pages: {items} operations each, copies in {keep}; run scripts/wal-pages.py {keep}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    // Start, a step, two waits one after the other, End (one wait per signal name).
    private const string TwoWaits = """
        {"id":"bench-two-waits","name":"bench-two-waits","variables":[{"name":"n","type":"Number","default":0}],"activities":[
        {"id":"start","type":"Start"},
        {"id":"a1","type":"SetVariable","inputs":{"name":"n","value":{"js":"vars.n + 1"}}},
        {"id":"first","type":"WaitForSignal","inputs":{"signal":"first","correlation":{"js":"lab.key"}}},
        {"id":"second","type":"WaitForSignal","inputs":{"signal":"second","correlation":{"js":"lab.key"}}},
        {"id":"end","type":"End"}],
        "connections":[{"from":"start","to":"a1"},{"from":"a1","to":"first"},{"from":"first","to":"second"},{"from":"second","to":"end"}]}
        """;

    private static async Task PublishAsync(IServiceProvider services, string flow)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>()
            .PublishAsync(WorkflowDefinitionSerializer.Deserialize(flow), "bench", null, CancellationToken.None);
    }

    private static async Task StartTwoWaitsAsync(IServiceProvider services, int items)
    {
        for (var i = 0; i < items; i++)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                .StartAsync(new StartWorkflowRequest("bench-two-waits", LabContext: new JsonObject { ["key"] = $"waits-{i}" }), CancellationToken.None);
        }
    }

    private static async Task SignalAllAsync(IServiceProvider services, string signal, int items, WorkflowStatus expected)
    {
        for (var i = 0; i < items; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var resumed = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                .SignalAsync(signal, $"waits-{i}", ResumePayload.System(), CancellationToken.None);
            if (resumed.Count != 1 || resumed[0].Status != expected)
            {
                throw new InvalidOperationException($"The signal {signal} for waits-{i} did not leave exactly one lab {expected}.");
            }
        }
    }

    private static async Task CaptureAsync(string file, string keep, string name, Func<Task> operations)
    {
        await CheckpointAsync(file);
        await operations();
        File.Copy(file, Path.Combine(keep, name + ".db"), overwrite: true);
        File.Copy(file + "-wal", Path.Combine(keep, name + ".db-wal"), overwrite: true);
    }

    private static async Task CheckpointAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        if (reader.GetInt32(0) != 0)
        {
            throw new InvalidOperationException($"The checkpoint of {file} was blocked by a reader.");
        }
    }
}
