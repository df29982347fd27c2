using Microsoft.Data.Sqlite;

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
