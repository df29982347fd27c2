using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.Identity;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// Two LabFlow Host processes (<c>dotnet LabFlow.Host.dll</c>) on one database: one SQLite file, or one PostgreSQL
/// database. The people, the flow and each test's lab are written by an in-process Host on the same database (the
/// seeder), which then stays out of the races: every raced request goes to one of the two processes, alternately,
/// so only the database decides who wins. One cluster per provider is shared by every race test class.
/// </summary>
public abstract class RaceCluster : IAsyncLifetime
{
    /// <summary>How many requests of each kind a race sends at once (half to each process).</summary>
    public const int PerSide = 8;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly List<HttpClient> _clients = [];
    private readonly Dictionary<(Guid Person, int Node), HttpClient> _sessions = [];
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private TestDatabase? _database;
    private SeederFactory? _seeder;
    private LabFlowProcess[] _nodes = [];

    protected abstract string Provider { get; }

    /// <summary>The lab's facilitator, who launches it.</summary>
    public Person LabFacilitator { get; private set; } = null!;

    /// <summary>The coordinator every "report" task is assigned to.</summary>
    public Person Coordinator { get; private set; } = null!;

    /// <summary>Facilitators of the administration: each may manage every lab of it.</summary>
    public IReadOnlyList<Person> Facilitators { get; private set; } = [];

    /// <summary>The lab's communicators: the candidate group of every "group" task.</summary>
    public IReadOnlyList<Person> Communicators { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (DatabaseProviders.IsPostgreSql(Provider) && PostgreSqlServer.SkipReason is not null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(Provider);
        _seeder = new SeederFactory(_database);
        _ = _seeder.Services; // starts the seeder, which runs the migrations before the processes start

        LabFacilitator = await _seeder.CreatePersonAsync("Fia Processledare", [Role.Facilitator]);
        Coordinator = await _seeder.CreatePersonAsync("Kim Samordnare", [Role.Coordinator]);
        Facilitators = await CreatePeopleAsync("Processledare", Role.Facilitator);
        Communicators = await CreatePeopleAsync("Kommunikatör", Role.Communicator);
        await PublishAsync();

        var settings = new Dictionary<string, string>
        {
            ["LabFlow__Database__Provider"] = _database.Provider,
            ["LabFlow__Database__ConnectionString"] = _database.ConnectionString,
            ["LabFlow__Scheduling__Storage"] = "InMemory",
            ["LabFlow__Authentication__CredentialPermitLimit"] = "10000",
            ["LabFlow__PublicBaseUrl"] = "https://labflow.test.example",
        };
        _nodes =
        [
            LabFlowProcess.Start(Path.Combine(_seeder.DataPath, "node-a"), "Production", settings),
            LabFlowProcess.Start(Path.Combine(_seeder.DataPath, "node-b"), "Production", settings),
        ];
        await Task.WhenAll(_nodes.Select(n => n.WaitUntilListeningAsync(StartTimeout)));
    }

    /// <summary>A lab of the race flow, launched by <see cref="LabFacilitator"/> with the coordinator and the communicators as its people.</summary>
    public Task<Lab> LaunchAsync() =>
        InScopeAsync(services => services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                RaceFlow.Id,
                "Kapplöpningslabb " + Guid.NewGuid().ToString("N")[..6],
                LabFlowApiFactory.AdministrationId,
                "Hur kan vi vinna en kapplöpning?",
                new DateOnly(2030, 3, 4),
                [
                    new LabMember(LabFacilitator.Id, Role.Facilitator),
                    new LabMember(Coordinator.Id, Role.Coordinator),
                    .. Communicators.Select(c => new LabMember(c.Id, Role.Communicator)),
                ]),
            LabFacilitator.Id,
            CancellationToken.None));

    /// <summary>A signed-in session of <paramref name="person"/> on process <paramref name="node"/> (0 or 1), reused.</summary>
    public async Task<HttpClient> SessionAsync(Person person, int node)
    {
        await _signIn.WaitAsync();
        try
        {
            if (_sessions.TryGetValue((person.Id, node), out var existing))
            {
                return existing;
            }

            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
            {
                BaseAddress = _nodes[node].BaseAddress,
                Timeout = TimeSpan.FromMinutes(2),
            };
            _clients.Add(client);
            using var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = LabFlowApiFactory.Password });
            if (login.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Sign-in as {person.Email} on node {node} answered {(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}\n{_nodes[node].Output}");
            }

            _sessions[(person.Id, node)] = client;
            return client;
        }
        finally
        {
            _signIn.Release();
        }
    }

    /// <summary>Sends every request at once (each built before any is sent), and gives back status and body of each.</summary>
    public static async Task<IReadOnlyList<RaceAnswer>> RaceAsync(IReadOnlyList<RaceRequest> requests)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = requests.Select(async request =>
        {
            using var message = new HttpRequestMessage(request.Method, request.Path);
            if (request.Body is not null)
            {
                message.Content = JsonContent.Create(request.Body, options: JsonSerializerOptions.Web);
            }

            // The race tests read the losers' English sentences; the language rules have their own tests.
            message.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
            if (request.IfMatch is { } version)
            {
                message.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
            }

            await gate.Task;
            using var response = await request.Client.SendAsync(message);
            return new RaceAnswer(request.Label, (int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(sent);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Seeder.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (_seeder is not null)
        {
            await _seeder.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _signIn.Dispose();
    }

    private SeederFactory Seeder => _seeder ?? throw new InvalidOperationException("The race cluster did not start.");

    private async Task<IReadOnlyList<Person>> CreatePeopleAsync(string title, Role role)
    {
        var people = new List<Person>();
        for (var i = 1; i <= PerSide; i++)
        {
            people.Add(await Seeder.CreatePersonAsync($"{title} {i}", [role]));
        }

        return people;
    }

    private Task PublishAsync() =>
        InScopeAsync(async services =>
        {
            var loaded = services.GetRequiredService<WorkflowDefinitionLoader>().Load("race-lab.json", RaceFlow.Json);
            var definition = loaded.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors));
            await services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, CancellationToken.None);
            return 0;
        });

    /// <summary>The in-process Host that writes people, the flow and labs on the cluster's database.</summary>
    private sealed class SeederFactory(TestDatabase database) : LabFlowApiFactory(new Dictionary<string, string?>(database.Settings));
}

/// <summary>One request of a race: who sends it (a session on one process), what, and with which version.</summary>
public sealed record RaceRequest(string Label, HttpClient Client, HttpMethod Method, string Path, object? Body = null, long? IfMatch = null);

/// <summary>What one request of a race got back.</summary>
public sealed record RaceAnswer(string Label, int Status, string Body, string? ETag)
{
    public bool Won => Status is >= 200 and < 300;

    /// <summary>The problem's <c>detail</c>, for a refusal.</summary>
    public string Detail => JsonDocument.Parse(Body).RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
}

/// <summary>The race tests' cluster on one SQLite file.</summary>
public sealed class SqliteRaceCluster : RaceCluster
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

/// <summary>The race tests' cluster on one PostgreSQL database.</summary>
public sealed class PostgreSqlRaceCluster : RaceCluster
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}

[CollectionDefinition(Name)]
public sealed class SqliteRaces : ICollectionFixture<SqliteRaceCluster>
{
    public const string Name = "Races on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlRaces : ICollectionFixture<PostgreSqlRaceCluster>
{
    public const string Name = "Races on PostgreSQL";
}
