using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Api.Labs;
using LabFlow.Host.Api.Tasks;
using LabFlow.Host.Components.Pages.MyTasks;
using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// The lists with many labs: <c>--labs</c> labs (1,000 by default) on the Host with SQLite, half of them with one
/// coordinator, so they have that many open tasks. Prints the server time to a page's first content (the queries
/// Mina uppgifter, /labs and a lab's page make before they render) and the p50/p95 answer time of
/// GET /api/v1/labs and GET /api/v1/tasks over HTTP at 16 concurrent clients.
/// </summary>
internal static class ListsBenchmark
{
    private const string Password = "correct horse battery staple";
    private const string Administration = "grundskoleforvaltningen";
    private const int Clients = 16;
    private const int RequestsPerClient = 25;
    private const int PageRounds = 20;

    private const string Flow = """
        {
          "id": "bench-lists",
          "version": 1,
          "name": "Bench lists",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "phase": "explore",
              "inputs": { "title": "Rapportera", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 14 },
                          "form": [ { "key": "summary", "type": "LongText", "label": "Sammanfattning", "required": true } ] } }
          ],
          "connections": [ { "from": "start", "to": "report" } ]
        }
        """;

    public static async Task RunAsync(string workflowsJson, int labCount)
    {
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-lists-").FullName;
        try
        {
            var (app, address) = await BenchHost.StartAsync(dataPath, workflowsJson, api =>
            {
                api.MapAccountApi();
                api.MapLabsApi();
                api.MapTasksApi();
            });
            await using var running = app;
            var facilitator = await CreatePersonAsync(app.Services, "Fia Facilitator", Role.Facilitator);
            var coordinator = await CreatePersonAsync(app.Services, "Kim Coordinator", Role.Coordinator);
            var other = await CreatePersonAsync(app.Services, "Ola Other", Role.Coordinator);
            var seeding = Stopwatch.StartNew();
            var labId = await SeedAsync(app.Services, labCount, facilitator, coordinator, other);
            seeding.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lists: {labCount} labs seeded in {seeding.Elapsed.TotalSeconds:N1} s; the coordinator has {labCount / 2} open tasks (SQLite)"));

            await PrintPageAsync("Mina uppgifter (coordinator)", app.Services, async services =>
            {
                var names = ActivatorUtilities.CreateInstance<LabNames>(services);
                var tasks = services.GetRequiredService<MyTasksService>();
                foreach (var filter in new[] { new TaskListFilter(Assigned: true), new TaskListFilter(Claimable: true), new TaskListFilter(Claimable: false, Assigned: false) })
                {
                    foreach (var task in (await tasks.ListAsync(coordinator, filter, null, MyTasksPage.PageSize, CancellationToken.None)).Items)
                    {
                        await names.FindAsync(task.LabId, coordinator, CancellationToken.None);
                    }
                }
            });
            await PrintPageAsync("/labs (facilitator)", app.Services, async services =>
                await services.GetRequiredService<LabListService>().ListAsync(facilitator, new LabListFilter(), null, 25, CancellationToken.None));
            await PrintPageAsync("a lab's page (facilitator)", app.Services, async services =>
                await services.GetRequiredService<LabOverviewQuery>().LoadAsync(labId, facilitator, holdsManagingRole: true, CancellationToken.None));

            await PrintApiAsync("GET /api/v1/labs?limit=50 (facilitator)", address, facilitator, "/api/v1/labs?limit=50");
            await PrintApiAsync("GET /api/v1/tasks?limit=50 (coordinator)", address, coordinator, "/api/v1/tasks?limit=50");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load average {File.ReadAllText("/proc/loadavg").Trim()}"));
            await ListsRequestBreakdown.PrintAsync(app, address, Email(facilitator), Password, facilitator, "/api/v1/labs?limit=50", async services =>
            {
                var page = await services.GetRequiredService<LabListService>().ListAsync(facilitator, new LabListFilter(), null, 50, CancellationToken.None);
                return new Activities.Listing.ListPage<LabSummary>([.. page.Items.Select(LabSummary.Of)], page.Next);
            });
            await ListsRequestBreakdown.PrintAsync(app, address, Email(coordinator), Password, coordinator, "/api/v1/tasks?limit=50", async services =>
            {
                var page = await services.GetRequiredService<MyTasksService>().ListAsync(coordinator, new TaskListFilter(), null, 50, CancellationToken.None);
                return new Activities.Listing.ListPage<TaskSummary>([.. page.Items.Select(TaskSummary.Of)], page.Next);
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load average {File.ReadAllText("/proc/loadavg").Trim()}"));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<Guid> SeedAsync(IServiceProvider services, int labCount, Guid facilitator, Guid coordinator, Guid other)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var loaded = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionLoader>().Load("bench-lists.json", Flow);
            await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(
                loaded.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors)), "bench", null, CancellationToken.None);
        }

        var last = Guid.Empty;
        for (var i = 0; i < labCount; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var lab = await scope.ServiceProvider.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    "bench-lists",
                    string.Create(CultureInfo.InvariantCulture, $"Labb {i}: jämlik schemaläggning i förskolan"),
                    Administration,
                    "Hur kan vi göra schemaläggningen jämlik?",
                    new DateOnly(2030, 1, 7).AddDays(i % 300),
                    [new LabMember(facilitator, Role.Facilitator), new LabMember(i % 2 == 0 ? coordinator : other, Role.Coordinator)]),
                facilitator,
                CancellationToken.None);
            last = lab.Id;
        }

        return last;
    }

    private static async Task PrintPageAsync(string name, IServiceProvider services, Func<IServiceProvider, Task> load)
    {
        var times = new List<double>();
        for (var round = 0; round < PageRounds + 3; round++)
        {
            await using var scope = services.CreateAsyncScope();
            var stopwatch = Stopwatch.StartNew();
            await load(scope.ServiceProvider);
            stopwatch.Stop();
            if (round >= 3)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-42} content median {Percentile(times, 50),7:N1} ms   max {times.Max(),7:N1} ms"));
    }

    private static async Task PrintApiAsync(string name, Uri address, Guid personId, string path)
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = address };
        using (var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = Email(personId), password = Password }))
        {
            login.EnsureSuccessStatusCode();
        }

        for (var i = 0; i < 10; i++)
        {
            using var warm = await client.GetAsync(path);
            warm.EnsureSuccessStatusCode();
        }

        var times = new List<double>();
        var gate = new Lock();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var i = 0; i < RequestsPerClient; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                stopwatch.Stop();
                response.EnsureSuccessStatusCode();
                lock (gate)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }
        }));
        wall.Stop();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-42} p50 {Percentile(times, 50),7:N1} ms   p95 {Percentile(times, 95),7:N1} ms   {times.Count / wall.Elapsed.TotalSeconds,6:N0} requests/s at {Clients} clients"));
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
    }

    private static string Email(Guid personId) => $"person.{personId:N}@bench.example";

    private static async Task<Guid> CreatePersonAsync(IServiceProvider services, string name, Role role)
    {
        var id = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryCommands>();
        await directory.SavePersonAsync(new Person(id, name, Email(id)), CancellationToken.None);
        await directory.AddMembershipAsync(new Membership(id, Administration, role), CancellationToken.None);
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<LabFlowUser>>().CreateAsync(new LabFlowUser(id, Email(id)), Password);
        return created.Succeeded ? id : throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}
