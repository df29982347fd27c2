using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Seeding;

namespace LabFlow.Bench;

/// <summary>
/// Our HTTP load generator (issue 17): closed-loop clients (no think time) against the Host in a child process
/// (<see cref="HttpLoadServer"/>), so the server's CPU and the generator's are measured apart. Per provider (SQLite;
/// PostgreSQL when LABFLOW_TEST_POSTGRES is set): <c>GET /api/v1/labs?limit=50</c> with 200 labs at 16 clients
/// (issue 11), launches of the shipped lab flow (<c>POST /api/v1/labs</c>) and completions of its tasks
/// (<c>POST /api/v1/tasks/{id}/complete</c>, each on a distinct open task, as its assignee, with answers that fit its
/// form, so its emails and timers run) at 1, 8 and 32 clients. Only 2xx answers count; 409s are counted apart.
/// </summary>
internal static class HttpLoadBenchmark
{
    private static int[] _clientCounts = [];
    private static string[] _phases = [];
    private static int _warmUpSeconds;

    public static LaunchLabRequest Launch(int number, DateOnly today) => new(
        DemoData.LabFlowId,
        string.Create(CultureInfo.InvariantCulture, $"Last {number}: jämlik schemaläggning i förskolan"),
        DemoData.Administration.Id,
        DemoData.LabChallenge,
        today,
        [.. DemoData.People.Where(p => p.Role is not (Role.Admin or Role.Designer)).Select(p => new LabMember(p.Id, p.Role))]);

    /// <param name="phases">Which of <c>labs</c>, <c>launch</c> and <c>complete</c> to run, comma-separated (a profile of one).</param>
    /// <param name="clientCounts">The levels of launches and completions (1, 8, 32 for issue 17; one level for a profile).</param>
    /// <param name="warmUpSeconds">
    /// 0: a level that warms up sends 20 requests one after another first (the figures of sessions 7 to 18). More: its
    /// clients run that long before the measured seconds, so the level is measured after the JIT's tier-up (a
    /// long-running server's state; the "JIT" line says how much compiling the level still had).
    /// </param>
    public static async Task RunAsync(string workflowsJson, int seconds, string providers, string phases, int[] clientCounts, int warmUpSeconds = 0)
    {
        _phases = phases.Split(',');
        _clientCounts = clientCounts;
        _warmUpSeconds = warmUpSeconds;
        Console.WriteLine();
        Console.WriteLine($"HTTP load: closed-loop clients, {seconds} s per level after warm-up, server in its own process");
        if (providers is "sqlite" or "both")
        {
            await RunProviderAsync(workflowsJson, seconds, "Sqlite", null);
        }

        if (providers is "postgres" or "both")
        {
            await BenchPostgres.RunOnFreshDatabaseAsync("labflow_bench_http", connection => RunProviderAsync(workflowsJson, seconds, "PostgreSql", connection));
        }
    }

    private static async Task RunProviderAsync(string workflowsJson, int seconds, string provider, string? connectionString)
    {
        await using var server = await ServerProcess.StartAsync(workflowsJson, provider, connectionString);
        Console.WriteLine($"  {provider}: server process {server.Id}, GC {server.GarbageCollector} (attach dotnet-trace or dotnet-counters to it)");
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        try
        {
            foreach (var person in DemoData.People)
            {
                clients[person.Email] = await SignInAsync(server.Address, person.Email);
            }

            var facilitator = clients[DemoData.For(Role.Facilitator).Email];

            // Issue 11: the lab list with 200 labs at 16 clients.
            await server.CommandAsync("labs 200");
            if (_phases.Contains("labs"))
            {
                await RunLevelAsync($"{provider} GET /api/v1/labs?limit=50, 200 labs", 16, seconds, server, _ => GetAsync(facilitator, "/api/v1/labs?limit=50"), warmUp: true);
            }

            var launched = 1_000_000;
            foreach (var count in _phases.Contains("launch") ? _clientCounts : [])
            {
                await RunLevelAsync($"{provider} launch (POST /labs)", count, seconds, server, _ =>
                    PostAsync(facilitator, "/api/v1/labs", Launch(Interlocked.Increment(ref launched), server.Today)), warmUp: count == _clientCounts[0]);
            }

            foreach (var count in _phases.Contains("complete") ? _clientCounts : [])
            {
                // Distinct open tasks for the level at up to 800 completions a second (plus the warm-up; session 20's
                // warm runs did 630/s at 32 clients and ran out at 400/s' worth); a level that runs out ends early and
                // says so.
                var file = Path.Combine(Path.GetTempPath(), $"labflow-bench-tasks-{Guid.NewGuid():N}.json");
                var needed = 20 + ((seconds + _warmUpSeconds) * 800);
                await server.CommandAsync(string.Create(CultureInfo.InvariantCulture, $"tasks {file} {needed}"));
                var queue = new ConcurrentQueue<OpenTask>(JsonSerializer.Deserialize<List<OpenTask>>(await File.ReadAllTextAsync(file))!);
                File.Delete(file);
                await RunLevelAsync($"{provider} complete (POST /tasks/{{id}}/complete)", count, seconds, server, _ =>
                {
                    if (!queue.TryDequeue(out var task))
                    {
                        return Task.FromResult<HttpStatusCode?>(null);
                    }

                    return PostAsync(clients[task.AssigneeEmail], $"/api/v1/tasks/{task.Id}/complete", new { answers = task.Answers });
                }, warmUp: true);
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> clients each send a request, await its answer and send the next, for
    /// <paramref name="seconds"/>, after a warm-up when <paramref name="warmUp"/> (see <see cref="RunAsync"/>). A request
    /// that answers null means there is nothing left to send: that client stops.
    /// </summary>
    private static async Task RunLevelAsync(string name, int count, int seconds, ServerProcess server, Func<int, Task<HttpStatusCode?>> send, bool warmUp)
    {
        if (warmUp && _warmUpSeconds > 0)
        {
            await RunClientsAsync(count, TimeSpan.FromSeconds(_warmUpSeconds), send, (_, _) => { }, () => { });
        }
        else if (warmUp)
        {
            for (var i = 0; i < 20; i++)
            {
                await send(i);
            }
        }

        var times = new List<double>();
        var statuses = new ConcurrentDictionary<int, int>();
        var gate = new Lock();
        var exhausted = 0;
        if (WriteGateStatistics.Requested)
        {
            await server.CommandAsync("gate 1");
        }

        var jitBefore = await JitAsync(server);
        var serverCpuBefore = server.CpuTime();
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var elapsed = await RunClientsAsync(
            count,
            TimeSpan.FromSeconds(seconds),
            send,
            (status, milliseconds) =>
            {
                statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
                if ((int)status is >= 200 and < 300)
                {
                    lock (gate)
                    {
                        times.Add(milliseconds);
                    }
                }
            },
            () => Interlocked.Increment(ref exhausted));
        var serverCpu = server.CpuTime() - serverCpuBefore;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore;
        var jitAfter = await JitAsync(server);
        await PrintWriteGateAsync(server, elapsed.TotalSeconds);
        var ok = times.Count;
        var conflicts = statuses.GetValueOrDefault(409);
        var other = statuses.Where(s => s.Key is < 200 or >= 300 && s.Key != 409).Sum(s => s.Value);
        var otherCodes = string.Join(",", statuses.Keys.Where(k => k is < 200 or >= 300 && k != 409).Order());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-48} {count,2} clients: {ok,6} 2xx ({ok / elapsed.TotalSeconds,6:N1}/s)  p50 {Percentile(times, 50),7:N1}  p95 {Percentile(times, 95),7:N1}  p99 {Percentile(times, 99),7:N1} ms  409: {conflicts}  other: {other}{(other > 0 ? $" ({otherCodes})" : string.Empty)}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {string.Empty,-48}             server CPU {serverCpu.TotalMilliseconds / Math.Max(1, ok),6:N1} ms per 2xx, {serverCpu.TotalSeconds / elapsed.TotalSeconds / Environment.ProcessorCount * 100,5:N1} % of the machine; generator {ownCpu.TotalSeconds / (ownCpu + serverCpu).TotalSeconds * 100,5:N1} % of the CPU both used{(exhausted > 0 ? $"; {exhausted} clients ran out of open tasks after {elapsed.TotalSeconds:N1} s" : string.Empty)}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {string.Empty,-48}             JIT in the server: {jitAfter.Methods - jitBefore.Methods} methods compiled, {jitAfter.Milliseconds - jitBefore.Milliseconds:N0} ms of compiling (wall time, preemption included)"));
    }

    /// <summary>
    /// <paramref name="count"/> closed-loop clients for <paramref name="duration"/>; each answer goes to
    /// <paramref name="answered"/> with its time in milliseconds, and a client whose send answers null stops after
    /// calling <paramref name="exhausted"/>. Returns the wall time the clients ran.
    /// </summary>
    private static async Task<TimeSpan> RunClientsAsync(
        int count, TimeSpan duration, Func<int, Task<HttpStatusCode?>> send, Action<HttpStatusCode, double> answered, Action exhausted)
    {
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, count).Select(client => Task.Run(async () =>
        {
            while (wall.Elapsed < duration)
            {
                var stopwatch = Stopwatch.StartNew();
                var status = await send(client);
                stopwatch.Stop();
                if (status is null)
                {
                    exhausted();
                    return;
                }

                answered(status.Value, stopwatch.Elapsed.TotalMilliseconds);
            }
        })));
        return wall.Elapsed;
    }

    private static async Task<(double Milliseconds, long Methods)> JitAsync(ServerProcess server)
    {
        var parts = (await server.CommandAsync("jit")).Split(' ');
        return (double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static async Task PrintWriteGateAsync(ServerProcess server, double seconds)
    {
        if (WriteGateStatistics.Requested)
        {
            var report = await server.CommandAsync(string.Create(CultureInfo.InvariantCulture, $"gate {seconds}"));
            foreach (var line in report["ok".Length..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Console.WriteLine($"  {string.Empty,-48}             {line}");
            }
        }
    }

    private static async Task<HttpStatusCode?> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode?> PostAsync<T>(HttpClient client, string path, T body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }

    internal static async Task<HttpClient> SignInAsync(Uri address, string email)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        using var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password = DemoData.Password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    private static double Percentile(List<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
    }

    /// <summary>This program started again as <c>serve</c>: the Host under load, talked to over its standard input and output.</summary>
    private sealed class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, Uri address, DateOnly today, string garbageCollector)
        {
            _process = process;
            Address = address;
            Today = today;
            GarbageCollector = garbageCollector;
        }

        public Uri Address { get; }

        public int Id => _process.Id;

        public DateOnly Today { get; }

        /// <summary>"server" or "workstation": the server process's garbage collector.</summary>
        public string GarbageCollector { get; }

        public static async Task<ServerProcess> StartAsync(string workflowsJson, string provider, string? connectionString)
        {
            var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable to start the server.");
            var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(typeof(HttpLoadBenchmark).Assembly.Location);
            }

            foreach (var argument in new[] { "serve", "--provider", provider, "--flows-json", workflowsJson })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["LABFLOW_BENCH_CONNECTION"] = connectionString ?? string.Empty;

            // The Host ships with server GC (the Web SDK's default: System.GC.Server in its runtimeconfig), and this
            // benchmark's own executable runs workstation GC for the in-memory comparisons; the server process runs as
            // the Host does unless the caller sets DOTNET_gcServer (an A/B run).
            if (Environment.GetEnvironmentVariable("DOTNET_gcServer") is null)
            {
                start.Environment["DOTNET_gcServer"] = "1";
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("The benchmark's server process did not start.");
            var ready = await ReadReplyAsync(process);
            var parts = ready.Split(' ');
            return new ServerProcess(process, new Uri(parts[1]), DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), parts[3]);
        }

        public async Task<string> CommandAsync(string command)
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync();
            var reply = await ReadReplyAsync(_process);
            return reply.StartsWith("ok", StringComparison.Ordinal) ? reply : throw new InvalidOperationException($"The server refused '{command}': {reply}");
        }

        public TimeSpan CpuTime()
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                await _process.StandardInput.WriteLineAsync("quit");
                await _process.StandardInput.FlushAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await _process.WaitForExitAsync(timeout.Token);
            }

            _process.Dispose();
        }

        private static async Task<string> ReadReplyAsync(Process process)
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith(HttpLoadServer.Reply, StringComparison.Ordinal))
                {
                    return line[HttpLoadServer.Reply.Length..];
                }

                // The server's own log (warnings and errors only).
                Console.WriteLine($"    server: {line}");
            }

            throw new InvalidOperationException("The benchmark's server process ended before it answered; its output above says why.");
        }
    }
}
