using System.Text.Json.Nodes;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using LabFlow.Workflows.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Activities.Tests.TestSupport;

/// <summary>
/// The real engine and lab domain (in-memory stores, scheduler, Jint) on a fake clock, with a directory of people in
/// Grundskoleförvaltningen and one coordinator of Förskoleförvaltningen.
/// </summary>
internal sealed class LabTestHost : IAsyncDisposable
{
    /// <summary>Monday 1 June 2026, 08:00 in Stockholm.</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly LabStart = new(2026, 6, 1);

    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));

    public LabTestHost()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IInMemoryCommitParticipant>(Effects);
        services.AddLabActivities();
        services.AddLabFlowWorkflows();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _services.CreateAsyncScope();

        Add(Facilitator, School, Role.Facilitator);
        Add(Coordinator1, School, Role.Coordinator);
        Add(Coordinator2, School, Role.Coordinator);
        Add(Sponsor, School, Role.Sponsor);
        Add(OtherCoordinator, PilotAdministrations.Forskoleforvaltningen.Id, Role.Coordinator);
        foreach (var participant in Participants)
        {
            Add(participant, School, Role.Participant);
        }
    }

    public static Person Facilitator { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@example.se");

    public static Person Coordinator1 { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@example.se");

    public static Person Coordinator2 { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000003"), "Lo Samordnare", "lo@example.se", "en");

    public static Person Sponsor { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000004"), "Sam Sponsor", "sam@example.se");

    public static Person OtherCoordinator { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000005"), "Ola Annan", "ola@example.se");

    public static IReadOnlyList<Person> Participants { get; } =
    [
        new(Guid.Parse("20000000-0000-0000-0000-000000000001"), "Ada Deltagare", "ada@example.se"),
        new(Guid.Parse("20000000-0000-0000-0000-000000000002"), "Bo Deltagare", "bo@example.se"),
        new(Guid.Parse("20000000-0000-0000-0000-000000000003"), "Cy Deltagare", "cy@example.se"),
    ];

    public FakeTimeProvider Time { get; } = new(StartTime);

    public EffectRecorder Effects { get; } = new();

    public InMemoryDirectory Directory => _services.GetRequiredService<InMemoryDirectory>();

    public TaskService Tasks => Get<TaskService>();

    public LabService Labs => Get<LabService>();

    public IWorkflowRuntime Runtime => Get<IWorkflowRuntime>();

    public InMemoryWorkflowScheduler Scheduler => _services.GetRequiredService<InMemoryWorkflowScheduler>();

    public CancellationToken Token => _timeout.Token;

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Loads <paramref name="json"/> through the real loader (so the lab descriptors' rules run) and publishes it.</summary>
    public async Task<WorkflowDefinition> PublishAsync(string json)
    {
        var result = Load(json);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var stored = await Get<IWorkflowDefinitionStore>().PublishAsync(result.Definition!, "test", null, Token);
        return stored.Definition;
    }

    public LoadResult Load(string json) =>
        new WorkflowDefinitionLoader(Get<IActivityRegistry>(), Get<IExpressionEvaluator>()).Load("test.json", json);

    /// <summary>Publishes <paramref name="json"/> and launches a lab on it as the facilitator.</summary>
    public async Task<Lab> LaunchAsync(string json, IReadOnlyList<LabMember>? people = null, DateOnly? startDate = null)
    {
        var definition = await PublishAsync(json);
        return await Labs.LaunchAsync(
            new LaunchLabRequest(
                definition.Id,
                "Jämlik rekrytering",
                School,
                "Hur kan vi rekrytera mer jämlikt?",
                startDate ?? LabStart,
                people ?? [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            Token);
    }

    public async Task<IReadOnlyList<LabTask>> TasksOfAsync(Guid labId) => await Get<ITaskStore>().ListByLabAsync(labId, Token);

    public async Task<LabTask> OpenTaskAsync(Guid labId, string activityId) =>
        Assert.Single(await TasksOfAsync(labId), t => t.ActivityId == activityId && t.IsOpen);

    public async Task<WorkflowInstance> InstanceAsync(Guid labId) =>
        await Get<IWorkflowInstanceStore>().FindAsync(labId, Token) ?? throw new InvalidOperationException($"No instance {labId}.");

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid labId) => Get<IWorkflowJournalStore>().ListAsync(labId, Token);

    /// <summary>Moves the clock and waits until the timers that fired have resumed their steps.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Scheduler.WaitForFiringAsync(Token);
    }

    public static string Flow(string activities, string connections, string phases = "[]", string variables = "[]") => $$"""
        {
          "id": "lab-test",
          "version": 1,
          "name": "Lab test",
          "phases": {{phases}},
          "variables": {{variables}},
          "activities": [ { "id": "start", "type": "Start" }, {{activities}} ],
          "connections": {{connections}}
        }
        """;

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _timeout.Dispose();
    }

    private void Add(Person person, string administrationId, Role role)
    {
        Directory.AddPerson(person);
        Directory.AddMembership(new Membership(person.Id, administrationId, role));
    }

    public static JsonObject Answers(string json) => JsonNode.Parse(json)!.AsObject();
}
