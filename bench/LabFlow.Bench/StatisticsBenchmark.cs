using System.Diagnostics;
using System.Globalization;
using LabFlow.Activities.Feedback;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// Step statistics of a flow with <c>--labs</c> labs (300 by default) of three tasks each on the Host's SQLite: the
/// time to compute them as the designer opens them, reading the runs in a fixed number of queries (EfCoreStepRunStore)
/// against reading each lab's tasks in turn (the earlier way, InMemoryStepRunStore over the same database stores).
/// </summary>
internal static class StatisticsBenchmark
{
    private const string Administration = "grundskoleforvaltningen";
    private const int Rounds = 20;

    private const string Flow = """
        {
          "id": "bench-statistics",
          "version": 1,
          "name": "Bench statistics",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "interview", "type": "UserTask", "inputs": { "title": "Intervjua", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 7 } } },
            { "id": "observe", "type": "UserTask", "inputs": { "title": "Observera", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 14 } } },
            { "id": "summarise", "type": "UserTask", "inputs": { "title": "Sammanfatta", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 21 } } }
          ],
          "connections": [ { "from": "start", "to": "interview" }, { "from": "start", "to": "observe" }, { "from": "start", "to": "summarise" } ]
        }
        """;

    public static async Task RunAsync(string workflowsJson, int labCount)
    {
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-statistics-").FullName;
        try
        {
            var (app, _) = await BenchHost.StartAsync(dataPath, workflowsJson, _ => { });
            await using var running = app;
            var facilitator = await AddPersonAsync(app.Services, Role.Facilitator);
            var designer = await AddPersonAsync(app.Services, Role.Designer);
            await SeedAsync(app.Services, labCount, facilitator);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Step statistics: {labCount} labs, {labCount * 3} tasks (SQLite)"));

            await PrintAsync("runs in two queries (EfCoreStepRunStore)", app.Services, designer, services => services.GetRequiredService<IStepRunStore>());
            await PrintAsync("each lab's tasks in turn (before)", app.Services, designer, services =>
                new InMemoryStepRunStore(services.GetRequiredService<IWorkflowInstanceStore>(), services.GetRequiredService<ITaskStore>()));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task PrintAsync(string name, IServiceProvider services, Guid designer, Func<IServiceProvider, IStepRunStore> runs)
    {
        var times = new List<double>();
        for (var round = 0; round < Rounds + 3; round++)
        {
            await using var scope = services.CreateAsyncScope();
            var query = new StepStatisticsQuery(
                runs(scope.ServiceProvider),
                scope.ServiceProvider.GetRequiredService<IFeedbackStore>(),
                scope.ServiceProvider.GetRequiredService<LabAccess>(),
                scope.ServiceProvider.GetRequiredService<LabCalendar>(),
                TimeProvider.System);
            var stopwatch = Stopwatch.StartNew();
            var statistics = await query.GetAsync("bench-statistics", designer, null, CancellationToken.None);
            stopwatch.Stop();
            if (statistics.Steps.Count != 3)
            {
                throw new InvalidOperationException($"Expected three steps, got {statistics.Steps.Count}.");
            }

            if (round >= 3)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} median {times[times.Count / 2],8:N1} ms   max {times[^1],8:N1} ms"));
    }

    private static async Task SeedAsync(IServiceProvider services, int labCount, Guid facilitator)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var loaded = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionLoader>().Load("bench-statistics.json", Flow);
            await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(
                loaded.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors)), "bench", null, CancellationToken.None);
        }

        for (var i = 0; i < labCount; i++)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    "bench-statistics",
                    string.Create(CultureInfo.InvariantCulture, $"Labb {i}"),
                    Administration,
                    "Hur kan vi …?",
                    new DateOnly(2030, 1, 7).AddDays(i % 300),
                    [new LabMember(facilitator, Role.Facilitator)]),
                facilitator,
                CancellationToken.None);
        }
    }

    private static async Task<Guid> AddPersonAsync(IServiceProvider services, Role role)
    {
        var id = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryCommands>();
        await directory.SavePersonAsync(new Person(id, role.ToString(), $"{id:N}@bench.example"), CancellationToken.None);
        await directory.AddMembershipAsync(new Membership(id, Administration, role), CancellationToken.None);
        return id;
    }
}
