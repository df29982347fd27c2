using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Api.Labs;
using LabFlow.Host.Api.Tasks;
using LabFlow.Host.Infrastructure.Seeding;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// Where a task completion's server time goes (issue 17): the Host in process (SQLite, Hangfire in the same
/// database, emails to the pickup folder, as the HTTP benchmark's server), labs of the shipped flow, then completions
/// one at a time, alternating blocks through <see cref="TaskService"/> directly and through
/// <c>POST /api/v1/tasks/{id}/complete</c>. Prints CPU and allocations per completion for both (their difference is
/// the HTTP pipeline plus the client), the SQL commands per completion by shape, the inclusive time in the stores,
/// the runtime, the email outbox and the scheduler (<see cref="CallTimings"/>), an allocation profile, and with
/// <c>LABFLOW_BENCH_PAGES=1</c> every SQLite statement's pages read and written by shape (<see cref="SqlitePageRecorder"/>).
/// </summary>
internal static partial class CompletionProfileBenchmark
{
    private const int WarmUp = 20;

    public static async Task RunAsync(string workflowsJson, int items)
    {
        Console.WriteLine();
        Console.WriteLine($"Completion profile: {items} completions direct and {items} over HTTP, one at a time, SQLite; load {File.ReadAllText("/proc/loadavg").Trim()}");
        var timings = new CallTimings();
        // LABFLOW_BENCH_PAGES=1: every SQLite statement's pages by shape. Off by default: recording costs the process
        // about 60 KiB and some CPU per completion (each statement's text and shape), which the figures above would count.
        var pages = Environment.GetEnvironmentVariable("LABFLOW_BENCH_PAGES") == "1"
            ? new SqlitePageRecorder(timings) // before the Host opens its first connection
            : null;
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-profile-").FullName;
        try
        {
            var (app, address) = await BenchHost.StartAsync(
                dataPath,
                workflowsJson,
                api =>
                {
                    api.MapAccountApi();
                    api.MapLabsApi();
                    api.MapTasksApi();
                },
                ("Sqlite", null),
                services =>
                {
                    timings.Decorate<IWorkflowRuntime>(services);
                    timings.Decorate<ITaskStore>(services);
                    timings.Decorate<ILabStore>(services);
                    timings.Decorate<IDirectory>(services);
                    timings.Decorate<IEmailOutbox>(services);
                    timings.Decorate<IWorkflowScheduler>(services);
                    timings.Decorate<IWorkflowEffectDispatcher>(services);
                });
            await using var running = app;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await ActivatorUtilities.CreateInstance<DevelopmentSeeder>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
            }

            var today = app.Services.GetRequiredService<LabCalendar>().DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            var launched = 0;
            var open = await HttpLoadServer.OpenTasksAsync(app.Services, today);
            while (open.Count < (3 * items) + (2 * WarmUp))
            {
                launched = await HttpLoadServer.LaunchAsync(app.Services, today, launched, 25);
                open = await HttpLoadServer.OpenTasksAsync(app.Services, today);
            }

            var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
            foreach (var person in DemoData.People)
            {
                clients[person.Email] = await HttpLoadBenchmark.SignInAsync(address, person.Email);
            }

            var queue = new Queue<OpenTask>(open);
            using var sql = new SqlRecorder(timings);
            using var sampler = new AllocationSampler();
            try
            {
                await MeasureAsync("warm-up, direct", WarmUp, queue, task => CompleteDirectAsync(app.Services, task), timings, print: false);
                await MeasureAsync("warm-up, HTTP", WarmUp, queue, task => CompleteOverHttpAsync(clients, task), timings, print: false);
                sampler.Reset();
                for (var block = 0; block < 2; block++)
                {
                    await MeasureAsync("direct (TaskService)", items / 2, queue, task => CompleteDirectAsync(app.Services, task), timings, print: true);
                    await MeasureAsync("HTTP (POST …/complete)", items / 2, queue, task => CompleteOverHttpAsync(clients, task), timings, print: true);
                }

                if (Environment.GetEnvironmentVariable("LABFLOW_BENCH_TRACE_WAIT") is { Length: > 0 } wait)
                {
                    // Time to attach dotnet-trace to this process before the last block.
                    Console.WriteLine($"  process {Environment.ProcessId}: waiting {wait} s for a profiler");
                    await Task.Delay(TimeSpan.FromSeconds(int.Parse(wait, CultureInfo.InvariantCulture)));
                }

                // The breakdown of the direct completions alone; then the write transactions of every flow, the
                // email delivery they set off included (counted until every email is sent).
                await EmailsSentAsync(app.Services);
                var allWritesBefore = sql.AllWriteTransactions;
                sql.ResetAllWrites();
                pages?.Reset();
                var sentBefore = await EmailsSentAsync(app.Services);
                timings.Reset();
                var measured = await MeasureAsync("direct, for the breakdown", items, queue, task => CompleteDirectAsync(app.Services, task), timings, print: true);
                var sent = await EmailsSentAsync(app.Services) - sentBefore;
                timings.Print(measured);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  every flow, until the completions' emails were sent: {(sql.AllWriteTransactions - allWritesBefore) / (double)measured:N2} write transactions and {sent / (double)measured:N2} emails per completion; by the shape of their first write:"));
                sql.PrintAllWrites(measured, "completion");
                pages?.Print(measured, "completion");
                Console.WriteLine();
                sampler.Print(25);

                // The launch path the same way (issue 17): labs of the shipped flow through LabService, a scope each.
                Console.WriteLine();
                timings.Reset();
                sampler.Reset();
                var launches = new Queue<OpenTask>(open.Take(items)); // a slot per launch; the tasks are not used
                var measuredLaunches = await MeasureAsync("launches, direct (LabService)", items, launches, async _ =>
                {
                    launched = await HttpLoadServer.LaunchAsync(app.Services, today, launched, 1);
                    return true;
                }, timings, print: true, unit: "launch");
                timings.Print(measuredLaunches, "launch");
                Console.WriteLine();
                sampler.Print(15);
            }
            finally
            {
                foreach (var client in clients.Values)
                {
                    client.Dispose();
                }
            }

            // Stopped before it is disposed, as the other benchmarks do: the hosted services (the outbox sweep, Hangfire's
            // server) end through their stopping token instead of being cut off by the disposal.
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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

    private static async Task<int> MeasureAsync(
        string name, int count, Queue<OpenTask> queue, Func<OpenTask, Task<bool>> complete, CallTimings timings, bool print, string unit = "completion")
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var wall = new List<double>(count);
        var failed = 0;
        for (var i = 0; i < count && queue.TryDequeue(out var task); i++)
        {
            var stopwatch = Stopwatch.StartNew();
            timings.Active = true;
            var ok = await complete(task);
            timings.Active = false;
            wall.Add(stopwatch.Elapsed.TotalMilliseconds);
            failed += ok ? 0 : 1;
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        wall.Sort();
        if (print && wall.Count > 0)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {name,-28} {wall.Count,4} {unit}s ({failed} failed): p50 {wall[wall.Count / 2],7:N1} ms, process CPU {cpu.TotalMilliseconds / wall.Count,6:N1} ms and {allocated / 1024.0 / wall.Count,7:N0} KiB allocated per {unit}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        }

        return wall.Count;
    }

    /// <summary>Waits (up to a minute) until the delivery loop has sent every email that is due; returns how many are sent.</summary>
    private static async Task<int> EmailsSentAsync(IServiceProvider services)
    {
        for (var waited = 0; waited < 1200; waited++)
        {
            await using var scope = services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IEmailStore>();
            if (await store.GetNextAttemptAtAsync(CancellationToken.None) is not { } next || next > DateTimeOffset.UtcNow.AddMinutes(1))
            {
                var emails = scope.ServiceProvider.GetRequiredService<Host.Infrastructure.Persistence.LabFlowDbContext>()
                    .Set<Host.Infrastructure.Persistence.Domain.Email.EmailRow>();
                return await emails.CountAsync(e => e.Status == EmailStatus.Sent);
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("The email delivery loop did not send the completions' emails within a minute.");
    }

    private static async Task<bool> CompleteDirectAsync(IServiceProvider services, OpenTask task)
    {
        await using var scope = services.CreateAsyncScope();
        var person = DemoData.People.First(p => p.Email == task.AssigneeEmail);
        var result = await scope.ServiceProvider.GetRequiredService<TaskService>().CompleteAsync(task.Id, person.Id, null, task.Answers, CancellationToken.None);
        return result.Status == TaskCompletionStatus.Completed;
    }

    private static async Task<bool> CompleteOverHttpAsync(Dictionary<string, HttpClient> clients, OpenTask task)
    {
        using var response = await clients[task.AssigneeEmail].PostAsJsonAsync($"/api/v1/tasks/{task.Id}/complete", new { answers = task.Answers });
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    /// <summary>A SQL command's shape: its verb, the tables it names and the start of its WHERE, without values.</summary>
    internal static string Shape(string commandText)
    {
        var text = Whitespace().Replace(commandText, " ").Trim();
        var verb = text.Split(' ', 2)[0].ToUpperInvariant();
        var tables = string.Join(",", Tables().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal));
        var where = text.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? text[(at + 7)..Math.Min(text.Length, at + 67)] : string.Empty;
        return $"{verb} {tables} {where}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("(?:FROM|JOIN|INTO|UPDATE) \"?([A-Za-z_]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Tables();
}
