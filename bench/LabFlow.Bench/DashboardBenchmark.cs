using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Api.Project;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// The project dashboard at the scale: <c>--labs</c> labs (100) spread over the four administrations, each
/// with a measured baseline and half with a follow-up, <c>--people</c> people (2,000) with register profiles and
/// <c>--attendance</c> attendance rows (20,000), on the Host with SQLite. Prints the time to the dashboard's content
/// (everything <c>/project</c> shows, as <see cref="ProjectDashboardService"/> reads it) for an administrator and for
/// a coordinator of one administration, and the answer time of GET /api/v1/project/dashboard.
/// </summary>
internal static class DashboardBenchmark
{
    private const string Password = "correct horse battery staple";
    private const string FlowId = "bench-dashboard";
    private const int Rounds = 20;
    private const int Warmup = 3;

    private static readonly string[] Administrations = [.. PilotAdministrations.All.Select(a => a.Id)];

    private const string Flow = """
        {
          "id": "bench-dashboard",
          "version": 1,
          "name": "Bench dashboard",
          "phases": [ { "id": "prepare", "name": "Förbereda" }, { "id": "follow-up", "name": "Följa upp" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "measure", "type": "UserTask", "phase": "prepare",
              "inputs": { "title": "Nulägesunderlag", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 1 },
                          "form": [ { "key": "indicators", "preset": "indicatorsBySex", "required": true } ] } },
            { "id": "check", "type": "UserTask", "phase": "follow-up",
              "inputs": { "title": "Uppföljning 3 månader", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 2 },
                          "form": [ { "key": "indicators", "preset": "indicatorsBySexFollowUp", "required": true } ] } },
            { "id": "wrap", "type": "UserTask", "phase": "follow-up",
              "inputs": { "title": "Avsluta", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 3 } } }
          ],
          "connections": [ { "from": "start", "to": "measure" }, { "from": "measure", "to": "check" }, { "from": "check", "to": "wrap" } ]
        }
        """;

    public static async Task RunAsync(string workflowsJson, int labCount, int peopleCount, int attendanceCount)
    {
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-dashboard-").FullName;
        try
        {
            var (app, address) = await BenchHost.StartAsync(
                dataPath,
                workflowsJson,
                api =>
                {
                    api.MapAccountApi();
                    api.MapProjectApi();
                    api.MapProjectRegisterApi();
                },
                database: null,
                $"--LabFlow:ProjectDashboard:LabFlows:0={FlowId}");
            await using var running = app;
            var seeding = Stopwatch.StartNew();
            var admin = await CreateAccountAsync(app.Services, "Alva Admin", Administrations[0], Role.Admin);
            var coordinators = new List<Guid>();
            foreach (var administration in Administrations)
            {
                coordinators.Add(await CreateAccountAsync(app.Services, "Kim Samordnare", administration, Role.Coordinator));
            }

            var labs = await SeedLabsAsync(app.Services, labCount, admin, coordinators);
            var people = await SeedPeopleAsync(app.Services, peopleCount);
            await SeedAttendanceAsync(app.Services, labs, people, attendanceCount, admin);
            seeding.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Dashboard: {labCount} labs, {peopleCount} people, {attendanceCount} attendance rows seeded in {seeding.Elapsed.TotalSeconds:N1} s (SQLite)"));

            await PrintContentAsync("/project content (administrator)", app.Services, admin);
            await PrintContentAsync("/project content (coordinator)", app.Services, coordinators[0]);
            await PrintApiAsync("GET /api/v1/project/dashboard (administrator)", address, admin, "/api/v1/project/dashboard");
            await PrintApiAsync("GET /api/v1/project/register.xlsx (administrator)", address, admin, "/api/v1/project/register.xlsx", exportRounds: 5);
            await PrintApiAsync("GET /api/v1/project/register.csv (administrator)", address, admin, "/api/v1/project/register.csv", exportRounds: 5);
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<List<Guid>> SeedLabsAsync(IServiceProvider services, int labCount, Guid admin, List<Guid> coordinators)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var loaded = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionLoader>().Load("bench-dashboard.json", Flow);
            await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(
                loaded.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors)), "bench", null, CancellationToken.None);
        }

        var labs = new List<Guid>();
        for (var i = 0; i < labCount; i++)
        {
            var coordinator = coordinators[i % coordinators.Count];
            await using var scope = services.CreateAsyncScope();
            var lab = await scope.ServiceProvider.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    FlowId,
                    string.Create(CultureInfo.InvariantCulture, $"Labb {i}: heltid som norm"),
                    Administrations[i % Administrations.Length],
                    "Hur kan vi göra heltid till norm?",
                    new DateOnly(2026, 1, 5).AddDays(i % 200),
                    [new LabMember(coordinator, Role.Coordinator)]),
                admin,
                CancellationToken.None);
            labs.Add(lab.Id);
            var tasks = scope.ServiceProvider.GetRequiredService<TaskService>();
            var store = scope.ServiceProvider.GetRequiredService<ITaskStore>();
            await tasks.CompleteAsync(await OpenAsync(store, lab.Id, "measure"), coordinator, null, Answers(
                """{ "indicators": [ { "indicator": "Heltid", "women": 40, "men": 70 }, { "indicator": "Sjukfrånvaro", "women": 8, "men": 5, "unit": "%" } ] }"""), CancellationToken.None);
            if (i % 2 == 0)
            {
                await tasks.CompleteAsync(await OpenAsync(store, lab.Id, "check"), coordinator, null, Answers(
                    """{ "indicators": [ { "indicator": "Heltid", "baselineWomen": 40, "baselineMen": 70, "currentWomen": 52, "currentMen": 69 } ] }"""), CancellationToken.None);
            }
        }

        return labs;
    }

    private static async Task<List<Guid>> SeedPeopleAsync(IServiceProvider services, int peopleCount)
    {
        var people = new List<Guid>(peopleCount);
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryCommands>();
        var register = scope.ServiceProvider.GetRequiredService<IParticipantRegisterStore>();
        var sexes = Enum.GetValues<Sex>();
        var groups = Enum.GetValues<ProfessionGroup>();
        for (var i = 0; i < peopleCount; i++)
        {
            var id = Guid.NewGuid();
            var administration = Administrations[i % Administrations.Length];
            await directory.SavePersonAsync(new Person(id, string.Create(CultureInfo.InvariantCulture, $"Person {i}"), Email(id)), CancellationToken.None);
            await directory.AddMembershipAsync(new Membership(id, administration, Role.Participant), CancellationToken.None);
            await register.SaveProfileAsync(
                new ParticipantProfile(id, sexes[i % sexes.Length], administration, null, groups[i % groups.Length], DateTimeOffset.UtcNow), CancellationToken.None);
            people.Add(id);
        }

        return people;
    }

    /// <summary>Rows spread over the labs, two workshops each and every month of the year; each (lab, step, person) once.</summary>
    private static async Task SeedAttendanceAsync(IServiceProvider services, List<Guid> labs, List<Guid> people, int attendanceCount, Guid recordedBy)
    {
        var rows = new List<AttendanceRecord>(attendanceCount);
        var perLab = Math.Max(1, attendanceCount / labs.Count);
        for (var i = 0; i < attendanceCount; i++)
        {
            var lab = i / perLab % labs.Count;
            var within = i % perLab;
            var step = within % 2 == 0 ? "kickoff" : "synthesis";
            var person = people[(lab * 37 + (within / 2)) % people.Count];
            rows.Add(new AttendanceRecord(
                labs[lab], step, person, IsGuest: false, Present: true, 2m + (i % 3), new DateOnly(2026, 1 + (i % 12), 10), recordedBy, DateTimeOffset.UtcNow));
        }

        foreach (var batch in rows.Chunk(2000))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IParticipantRegisterStore>().SaveAttendanceAsync(batch, CancellationToken.None);
        }
    }

    private static async Task PrintContentAsync(string name, IServiceProvider services, Guid viewer)
    {
        var times = new List<double>();
        ProjectDashboard? last = null;
        for (var round = 0; round < Rounds + Warmup; round++)
        {
            await using var scope = services.CreateAsyncScope();
            var stopwatch = Stopwatch.StartNew();
            last = await scope.ServiceProvider.GetRequiredService<ProjectDashboardService>().GetAsync(viewer, CancellationToken.None);
            stopwatch.Stop();
            if (round >= Warmup)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-44} median {Percentile(times, 50),7:N1} ms   max {times.Max(),7:N1} ms   ({last!.Administrations.Sum(a => a.Count)} labs, {last.Participation.Total.Total.People} people, {last.Participation.Total.Total.Attendances} attendances, {last.Indicators.Count} labs with indicators)"));
    }

    /// <summary>The answer time of <paramref name="path"/>, body read in full; an export is slower, so it gets fewer rounds.</summary>
    private static async Task PrintApiAsync(string name, Uri address, Guid personId, string path, int exportRounds = Rounds)
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = address };
        using (var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = Email(personId), password = Password }))
        {
            login.EnsureSuccessStatusCode();
        }

        var times = new List<double>();
        var bytes = 0;
        for (var round = 0; round < exportRounds + Warmup; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            stopwatch.Stop();
            response.EnsureSuccessStatusCode();
            if (round >= Warmup)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} p50 {Percentile(times, 50),7:N1} ms   p95 {Percentile(times, 95),7:N1} ms   ({bytes / 1024.0:N0} KiB)"));
    }

    private static async Task<Guid> OpenAsync(ITaskStore store, Guid labId, string step) =>
        (await store.ListByLabAsync(labId, CancellationToken.None)).Single(t => t.ActivityId == step && t.IsOpen).Id;

    private static JsonObject Answers(string json) => JsonNode.Parse(json)!.AsObject();

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
    }

    private static string Email(Guid personId) => $"person.{personId:N}@bench.example";

    private static async Task<Guid> CreateAccountAsync(IServiceProvider services, string name, string administration, Role role)
    {
        var id = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryCommands>();
        await directory.SavePersonAsync(new Person(id, name, Email(id)), CancellationToken.None);
        await directory.AddMembershipAsync(new Membership(id, administration, role), CancellationToken.None);
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<LabFlowUser>>().CreateAsync(new LabFlowUser(id, Email(id)), Password);
        return created.Succeeded ? id : throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}
