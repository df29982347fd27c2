using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Api.Labs;
using LabFlow.Host.Api.Tasks;
using LabFlow.Host.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// The server side of <see cref="HttpLoadBenchmark"/>, in a process of its own so the load generator's CPU is
/// measured apart: the Host (Kestrel, the API, SQLite or PostgreSQL with Hangfire's jobs in the same database as
/// shipped) with Development's demo people. It answers commands on standard input, one per line, each answered by a
/// line starting with <see cref="Reply"/>: <c>labs N</c> launches N labs of the shipped lab flow in process;
/// <c>gate SECONDS</c> answers the write gate's figures since it was last asked (LABFLOW_BENCH_GATE=1,
/// <see cref="WriteGateStatistics"/>); <c>jit</c> answers the JIT's compilation time (ms) and compiled methods so far, on
/// every thread; <c>tasks FILE MIN</c> writes every open task a demo person can complete today (with answers that fit its form)
/// to FILE, launching labs first until there are at least MIN; <c>quit</c> stops.
/// </summary>
internal static class HttpLoadServer
{
    public const string Reply = "@@ ";

    public static async Task RunAsync(string workflowsJson, string provider, string? connectionString)
    {
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-http-").FullName;
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
                (provider, connectionString));
            await using var running = app;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await ActivatorUtilities.CreateInstance<DevelopmentSeeder>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
            }

            var today = app.Services.GetRequiredService<LabCalendar>().DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Reply}ready {address} {today:yyyy-MM-dd} {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}"));
            var launched = 0;
            using var gateStatistics = WriteGateStatistics.Requested ? new WriteGateStatistics() : null;
            while (Console.ReadLine() is { } line)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (parts)
                {
                    case ["labs", var count]:
                        launched = await LaunchAsync(app.Services, today, launched, int.Parse(count, CultureInfo.InvariantCulture));
                        Console.WriteLine($"{Reply}ok");
                        break;
                    case ["tasks", var file, var minimum]:
                        var needed = int.Parse(minimum, CultureInfo.InvariantCulture);
                        var open = await OpenTasksAsync(app.Services, today);
                        while (open.Count < needed)
                        {
                            // What is missing in one round, by the open tasks per launched lab so far (10 % spare), and
                            // then one read: 50 labs and a read of every open task after each 50 was quadratic.
                            var perLab = launched == 0 ? 1.0 : Math.Max(0.1, (double)open.Count / launched);
                            var more = Math.Max(50, (int)Math.Ceiling((needed - open.Count) / perLab * 1.1));
                            launched = await LaunchAsync(app.Services, today, launched, more);
                            open = await OpenTasksAsync(app.Services, today);
                        }

                        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(open));
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Reply}ok {open.Count}"));
                        break;
                    case ["gate", var seconds]:
                        // The write gate's figures since the last "gate" (LABFLOW_BENCH_GATE=1), '|' between lines.
                        Console.WriteLine($"{Reply}ok {gateStatistics?.TakeReport(double.Parse(seconds, CultureInfo.InvariantCulture))}");
                        break;
                    case ["jit"]:
                        // A short level can fall inside the tier-up to optimised code (the tiering thread's compiles
                        // compete with the requests for the cores); the load generator prints the difference per level.
                        Console.WriteLine(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{Reply}ok {System.Runtime.JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds:F1} {System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false)}"));
                        break;
                    case ["quit"]:
                        await app.StopAsync();
                        return;
                    default:
                        Console.WriteLine($"{Reply}error unknown command '{line}'");
                        break;
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
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

    /// <summary>The labs the load generator does not launch over HTTP: the same request, in process.</summary>
    internal static async Task<int> LaunchAsync(IServiceProvider services, DateOnly today, int launched, int count)
    {
        var facilitator = DemoData.For(Activities.Organisation.Role.Facilitator).Id;
        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LabService>().LaunchAsync(HttpLoadBenchmark.Launch(launched + i, today), facilitator, CancellationToken.None);
        }

        return launched + count;
    }

    internal static async Task<List<OpenTask>> OpenTasksAsync(IServiceProvider services, DateOnly today)
    {
        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<ITaskStore>();
        var labs = scope.ServiceProvider.GetRequiredService<ILabStore>();
        var labCache = new Dictionary<Guid, Lab?>();
        var open = new List<OpenTask>();
        foreach (var person in DemoData.People)
        {
            foreach (var task in await tasks.ListForPersonAsync(person.Id, includeClosed: false, CancellationToken.None))
            {
                if (task.AssigneeId != person.Id || (task.Opens is { } opens && opens > today))
                {
                    continue;
                }

                if (!labCache.TryGetValue(task.LabId, out var lab))
                {
                    lab = labCache[task.LabId] = await labs.FindAsync(task.LabId, CancellationToken.None);
                }

                if (lab is not null)
                {
                    open.Add(new OpenTask(task.Id, person.Email, DemoAnswers.For(FormDefinitionParser.Parse(task.Form).Form, lab, today)));
                }
            }
        }

        return open;
    }
}

/// <summary>An open task the load generator completes, as its assignee, with answers that fit its form.</summary>
internal sealed record OpenTask(Guid Id, string AssigneeEmail, JsonObject Answers);
