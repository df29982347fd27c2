using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Host;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LabFlow.Bench;

/// <summary>
/// LabFlow's engine on its EF Core store (the Host's services, SQLite as shipped: WAL, synchronous=FULL; PostgreSQL when
/// LABFLOW_TEST_POSTGRES is set) against the plain ADO.NET floor: the same writes a burst makes, on one open connection
/// with prepared statements, in a transaction per burst. One caller, alternating, three repetitions.
/// </summary>
internal static class DurableBenchmark
{
    private const int Repetitions = 3;

    public static async Task RunAsync(string workflowsJson, int items)
    {
        Console.WriteLine();
        Console.WriteLine($"Durable: LabFlow on its EF Core store vs the ADO.NET floor, {items} per measurement, 1 caller, {Repetitions} repetitions");
        await RunProviderAsync(workflowsJson, items, "Sqlite", null);
        await BenchPostgres.RunOnFreshDatabaseAsync("labflow_bench", connection => RunProviderAsync(workflowsJson, items, "PostgreSql", connection));
    }

    private static async Task RunProviderAsync(string workflowsJson, int items, string provider, string? connectionString)
    {
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-durable-").FullName;
        try
        {
            await using var app = await StartHostAsync(workflowsJson, dataPath, provider, connectionString);

            await using var floor = provider == "Sqlite"
                ? await Floor.OpenSqliteAsync(Path.Combine(dataPath, "floor.db"))
                : await Floor.OpenPostgresAsync(connectionString!);
            var next = 0;

            // Warm-up: JIT, EF Core's model and compiled queries, the floor's statements.
            await LabFlowRoundTripsAsync(app.Services, 50, next);
            await LabFlowStartsAsync(app.Services, 50, next);
            next += 50;
            await floor.RoundTripsAsync(50);
            await floor.StartsAsync(50);

            if (int.TryParse(Environment.GetEnvironmentVariable("LABFLOW_BENCH_TRIPS_ONLY"), CultureInfo.InvariantCulture, out var tripsOnly))
            {
                // For a CPU profiler: LabFlow's round trips alone after the warm-up, nothing timed.
                await LabFlowRoundTripsAsync(app.Services, tripsOnly, next);
                return;
            }

            if (Environment.GetEnvironmentVariable("LABFLOW_BENCH_PROFILE") == "1")
            {
                // Allocation profile of LabFlow's round trips alone, before the timed runs.
                using var sampler = new AllocationSampler();
                await LabFlowRoundTripsAsync(app.Services, items, next);
                next += items;
                sampler.Print(25);
            }

            var fractions = new List<(double RoundTrips, double Starts)>();
            for (var repetition = 1; repetition <= Repetitions; repetition++)
            {
                var (roundTrips, roundTripsCpu) = await MeasureAsync(() => LabFlowRoundTripsAsync(app.Services, items, next));
                var (floorRoundTrips, floorRoundTripsCpu) = await MeasureAsync(() => floor.RoundTripsAsync(items));
                var (starts, startsCpu) = await MeasureAsync(() => LabFlowStartsAsync(app.Services, items, next));
                var (floorStarts, floorStartsCpu) = await MeasureAsync(() => floor.StartsAsync(items));
                next += items;
                var fraction = (floorRoundTrips.Elapsed / roundTrips.Elapsed, floorStarts.Elapsed / starts.Elapsed);
                fractions.Add(fraction);
                Console.WriteLine($"  {provider} #{repetition} human-task round trip  LabFlow {roundTrips.PerOperation(items, "trip")}{Cpu(roundTripsCpu, items)}");
                Console.WriteLine($"  {string.Empty,-12}                        floor   {floorRoundTrips.PerOperation(items, "trip")}{Cpu(floorRoundTripsCpu, items)}");
                Console.WriteLine($"  {string.Empty,-12} four-step start        LabFlow {starts.PerOperation(items, "start")}{Cpu(startsCpu, items)}");
                Console.WriteLine($"  {string.Empty,-12}                        floor   {floorStarts.PerOperation(items, "start")}{Cpu(floorStartsCpu, items)}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {string.Empty,-12} LabFlow / floor: round trips {fraction.Item1:0.00}, starts {fraction.Item2:0.00} (goal 0.40)"));
            }

            var trips = fractions.Select(f => f.RoundTrips).Order().ToList();
            var startFractions = fractions.Select(f => f.Starts).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {provider} median LabFlow / floor: round trips {trips[1]:0.00} (range {trips[0]:0.00}–{trips[2]:0.00}), starts {startFractions[1]:0.00} (range {startFractions[0]:0.00}–{startFractions[2]:0.00})"));
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
                // A file still held open is left in the temporary folder.
            }
        }
    }

    /// <summary>The Host's services on a fresh database in <paramref name="dataPath"/> (SQLite) or on <paramref name="connectionString"/>, with the two bench flows published.</summary>
    internal static async Task<WebApplication> StartHostAsync(string workflowsJson, string dataPath, string provider, string? connectionString)
    {
        string[] args =
        [
            "--environment=Production",
            $"--LabFlow:DataPath={dataPath}",
            $"--LabFlow:FlowsPath={workflowsJson}",
            "--LabFlow:Scheduling:Storage=InMemory",
            "--LabFlow:PublicBaseUrl=http://127.0.0.1",
            "--Logging:LogLevel:Default=Warning",
            $"--LabFlow:Database:Provider={provider}",
            .. connectionString is null ? Array.Empty<string>() : [$"--LabFlow:Database:ConnectionString={connectionString}"],
        ];
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLabFlow();
        var app = builder.Build();
        if (!await app.PrepareLabFlowAsync(CancellationToken.None))
        {
            await app.DisposeAsync();
            throw new InvalidOperationException("The Host refused to start; its log says why.");
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
            foreach (var flow in new[] { BenchFlows.FourSteps, BenchFlows.HumanTask })
            {
                await definitions.PublishAsync(WorkflowDefinitionSerializer.Deserialize(flow), "bench", null, CancellationToken.None);
            }
        }

        return app;
    }

    /// <summary>
    /// Wall time and allocations, and the process's CPU time over the block: under the load of other builds the wall
    /// time waits for a core, while CPU per operation stays what LabFlow's code path costs.
    /// </summary>
    private static async Task<(Measurement Measurement, TimeSpan Cpu)> MeasureAsync(Func<Task> action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var measurement = await Measurement.OfAsync(action);
        return (measurement, Process.GetCurrentProcess().TotalProcessorTime - before);
    }

    private static string Cpu(TimeSpan cpu, int items) =>
        string.Create(CultureInfo.InvariantCulture, $"   {cpu.TotalMilliseconds * 1000 / items,8:N1} µs CPU/op");

    /// <summary>One request's worth each: a fresh scope (as an HTTP request has), start, then the signal that resumes it.</summary>
    internal static async Task LabFlowRoundTripsAsync(IServiceProvider services, int items, int first)
    {
        for (var i = first; i < first + items; i++)
        {
            var key = $"durable-{i}";
            await using (var scope = services.CreateAsyncScope())
            {
                var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
                await runtime.StartAsync(new StartWorkflowRequest("bench-human", LabContext: new JsonObject { ["key"] = key }), CancellationToken.None);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
                var resumed = await runtime.SignalAsync("approve", key, ResumePayload.System(), CancellationToken.None);
                if (resumed.Count != 1 || resumed[0].Status != WorkflowStatus.Finished)
                {
                    throw new InvalidOperationException($"The signal for {key} did not finish exactly one lab.");
                }
            }
        }
    }

    internal static async Task LabFlowStartsAsync(IServiceProvider services, int items, int first)
    {
        for (var i = first; i < first + items; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            var result = await runtime.StartAsync(new StartWorkflowRequest("bench-four", LabContext: new JsonObject { ["key"] = $"four-{i}" }), CancellationToken.None);
            if (result.Status != WorkflowStatus.Finished)
            {
                throw new InvalidOperationException($"Four-step flow {i} ended {result.Status}, not Finished.");
            }
        }
    }

    /// <summary>
    /// The writes LabFlow's bursts make, and nothing else. A human-task round trip is two transactions: the start
    /// (insert the instance, its bookmark and 7 journal rows) and the resume (a conditional update of the state, the
    /// bookmark marked consumed, 5 journal rows; LabFlow skips the phase rows when a resume leaves the phases as
    /// they were, as here: the bench flows have none); a four-step start inserts the instance and 10 journal rows. The
    /// state is 2 KiB of JSON text. The bench flows schedule no timer, so no Hangfire rows are written on either side.
    /// </summary>
    internal sealed class Floor(DbConnection connection, Func<string, DbCommand> prepare) : IAsyncDisposable
    {
        private static readonly string State = new JsonObject { ["padding"] = new string('x', 2000) }.ToJsonString();
        private readonly DbCommand _insertInstance = prepare("INSERT INTO f_instances (id, status, token, updated_at, state) VALUES (@id, 1, 1, @now, @state)");
        private readonly DbCommand _updateInstance = prepare("UPDATE f_instances SET status = 2, token = token + 1, updated_at = @now, state = @state WHERE id = @id AND token = 1");
        private readonly DbCommand _insertBookmark = prepare("INSERT INTO f_bookmarks (id, instance_id, bookmark_key, created_at) VALUES (@id, @instance, @key, @now)");
        private readonly DbCommand _consumeBookmark = prepare("UPDATE f_bookmarks SET consumed_at = @now WHERE id = @id AND consumed_at IS NULL");
        private readonly DbCommand _insertJournal = prepare("INSERT INTO f_journal (instance_id, seq, at, event, actor, data) VALUES (@instance, @seq, @now, 'ActivityCompleted', 'system', '{}')");

        private const string Schema = """
            CREATE TABLE f_instances (id TEXT PRIMARY KEY, status INTEGER NOT NULL, token INTEGER NOT NULL, updated_at BIGINT NOT NULL, state TEXT NOT NULL);
            CREATE TABLE f_bookmarks (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, bookmark_key TEXT NOT NULL, created_at BIGINT NOT NULL, consumed_at BIGINT NULL);
            CREATE INDEX f_bookmarks_key ON f_bookmarks (bookmark_key) WHERE consumed_at IS NULL;
            CREATE TABLE f_journal (instance_id TEXT NOT NULL, seq BIGINT NOT NULL, at BIGINT NOT NULL, event TEXT NOT NULL, actor TEXT NOT NULL, data TEXT, PRIMARY KEY (instance_id, seq))
            """;

        // Since session 17 LabFlow's SQLite journal is one B-tree (migration JournalWithoutRowId) and its new ids are
        // time-ordered: the floor gets the same schema and ids, so it stays the database's limit for the same writes
        // rather than a floor LabFlow beats by a cheaper table.
        private const string SqliteSchema = Schema + " WITHOUT ROWID;";

        private const string PostgresSchema = Schema + ";";

        public static async Task<Floor> OpenSqliteAsync(string path)
        {
            var connection = new SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            await using (var pragmas = connection.CreateCommand())
            {
                // The shipped settings (SqlitePragmaInterceptor).
                pragmas.CommandText = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=1073741824;" + SqliteSchema;
                await pragmas.ExecuteNonQueryAsync();
            }

            return new Floor(connection, sql => Prepare(connection, sql));
        }

        public static async Task<Floor> OpenPostgresAsync(string connectionString)
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var schema = connection.CreateCommand())
            {
                schema.CommandText = PostgresSchema;
                await schema.ExecuteNonQueryAsync();
            }

            return new Floor(connection, sql => Prepare(connection, sql));
        }

        private static DbCommand Prepare(DbConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in new[] { "id", "now", "state", "instance", "key", "seq" }.Where(n => sql.Contains('@' + n, StringComparison.Ordinal)))
            {
                // Named as they appear in the SQL: Microsoft.Data.Sqlite binds a bare name by trying each prefix in
                // turn, a cost LabFlow's own commands no longer pay (WorkflowSql.With), so the floor does not either.
                var parameter = command.CreateParameter();
                parameter.ParameterName = '@' + name;
                parameter.Value = name is "now" or "seq" ? 0L : string.Empty;
                command.Parameters.Add(parameter);
            }

            command.Prepare();
            return command;
        }

        public async Task RoundTripsAsync(int items)
        {
            for (var i = 0; i < items; i++)
            {
                var instance = Guid.CreateVersion7().ToString();
                var bookmark = Guid.CreateVersion7().ToString();
                await using (var transaction = await connection.BeginTransactionAsync())
                {
                    await RunAsync(_insertInstance, transaction, ("id", instance), ("state", State));
                    await RunAsync(_insertBookmark, transaction, ("id", bookmark), ("instance", instance), ("key", $"approve:{instance}"));
                    await JournalAsync(transaction, instance, 0, 7);
                    await transaction.CommitAsync();
                }

                await using (var transaction = await connection.BeginTransactionAsync())
                {
                    await RunAsync(_updateInstance, transaction, ("id", instance), ("state", State));
                    await RunAsync(_consumeBookmark, transaction, ("id", bookmark));
                    await JournalAsync(transaction, instance, 7, 5);
                    await transaction.CommitAsync();
                }
            }
        }

        public async Task StartsAsync(int items)
        {
            for (var i = 0; i < items; i++)
            {
                var instance = Guid.CreateVersion7().ToString();
                await using var transaction = await connection.BeginTransactionAsync();
                await RunAsync(_insertInstance, transaction, ("id", instance), ("state", State));
                await JournalAsync(transaction, instance, 0, 10);
                await transaction.CommitAsync();
            }
        }

        private async Task JournalAsync(DbTransaction transaction, string instance, long first, int count)
        {
            for (var seq = first; seq < first + count; seq++)
            {
                await RunAsync(_insertJournal, transaction, ("instance", instance), ("seq", seq));
            }
        }

        private static async Task RunAsync(DbCommand command, DbTransaction transaction, params (string Name, object Value)[] values)
        {
            command.Transaction = transaction;
            if (command.Parameters.Contains("@now"))
            {
                command.Parameters["@now"].Value = TimeProvider.System.GetUtcNow().UtcTicks;
            }

            foreach (var (name, value) in values)
            {
                command.Parameters['@' + name].Value = value;
            }

            await command.ExecuteNonQueryAsync();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new[] { _insertInstance, _updateInstance, _insertBookmark, _consumeBookmark, _insertJournal })
            {
                await command.DisposeAsync();
            }

            await connection.DisposeAsync();
        }
    }
}
