using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Bunit;
using Bunit.TestDoubles;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Tasks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>
/// The task page on the real lab domain with its in-memory stores (as the Activities tests use them), MudBlazor's
/// services and a signed-in person; the clock stands on Thursday 18 June 2026, 10:00 in Stockholm.
/// </summary>
public abstract class TaskPageTestContext : BunitContext, IAsyncLifetime
{
    public static readonly DateOnly Wednesday17June = new(2026, 6, 17);

    protected static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly BunitAuthorizationContext _authorization;

    protected TaskPageTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddLabActivities();
        Services.AddLabFlowWorkflows();
        Services.AddMudServices();
        _authorization = AddAuthorization();

        Add(Facilitator, School, Role.Facilitator);
        Add(Coordinator1, School, Role.Coordinator);
        Add(Coordinator2, School, Role.Coordinator);
        Add(OtherCoordinator, PilotAdministrations.Forskoleforvaltningen.Id, Role.Coordinator);
        UseCulture("sv-SE");
    }

    public static Person Facilitator { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@example.se");

    public static Person Coordinator1 { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@example.se");

    public static Person Coordinator2 { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000003"), "Lo Samordnare", "lo@example.se", "en");

    public static Person OtherCoordinator { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000005"), "Ola Annan", "ola@example.se");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 18, 8, 0, 0, TimeSpan.Zero));

    public static Lab Lab { get; } = new(
        Guid.Parse("30000000-0000-0000-0000-000000000001"),
        "lab-test",
        "Jämlik rekrytering",
        School,
        "Hur kan vi rekrytera mer jämlikt?",
        [],
        [new LabMember(Facilitator.Id, Role.Facilitator)],
        new DateOnly(2026, 6, 1),
        Paused: false,
        new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero),
        Facilitator.Id.ToString());

    protected CancellationToken Token => CancellationToken.None;

    protected ITaskStore TaskStore => Services.GetRequiredService<ITaskStore>();

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>Stores the lab and a task of it (an ad-hoc task: no bookmark, so completing it needs no running flow).</summary>
    protected async Task<LabTask> AddTaskAsync(
        string? formJson = null,
        Guid? assigneeId = null,
        IReadOnlyList<Guid>? candidates = null,
        IReadOnlyList<TaskAction>? actions = null,
        string? instructions = null,
        IReadOnlyList<Guid>? informed = null)
    {
        if (await Services.GetRequiredService<ILabStore>().FindAsync(Lab.Id, Token) is null)
        {
            await Services.GetRequiredService<ILabStore>().AddAsync(Lab, Token);
        }

        var created = Time.GetUtcNow().AddDays(-10);
        return await Services.GetRequiredService<ITaskCommands>().AddAsync(
            new LabTask
            {
                Id = Guid.NewGuid(),
                LabId = Lab.Id,
                Kind = TaskKinds.AdHoc,
                Title = LocalizedText.Of("Ringa in utmaningen", "Frame the challenge"),
                Instructions = instructions is null ? null : LocalizedText.Of(instructions),
                Phase = "prepare",
                AssigneeId = candidates is null ? assigneeId ?? Coordinator1.Id : null,
                Candidates = candidates ?? [],
                Informed = informed ?? [],
                Due = Wednesday17June,
                Form = formJson is null ? null : JsonNode.Parse(formJson)!.AsArray(),
                Actions = actions ?? [new TaskAction("done", LocalizedText.Of("Klar", "Done"))],
                CreatedAt = created,
                History = [new TaskHistoryEntry(created, Facilitator.Id.ToString(), TaskHistoryKind.Created, To: candidates is null ? assigneeId ?? Coordinator1.Id : null)],
            },
            Token);
    }

    /// <summary>Renders the page for <paramref name="taskId"/> as <paramref name="person"/> signed in.</summary>
    protected IRenderedComponent<TaskPage> RenderAs(Person person, Guid taskId)
    {
        SignIn(person);
        return Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, taskId));
    }

    /// <summary>
    /// Publishes a flow named <paramref name="name"/> with one Workshop step (<paramref name="activityId"/>, its
    /// <paramref name="inputs"/>) and makes <see cref="Lab"/> a running instance of it, as a launch would.
    /// </summary>
    protected async Task RunWorkshopFlowAsync(string name, string activityId, JsonObject inputs)
    {
        var definition = new WorkflowDefinition
        {
            Id = Lab.DefinitionId,
            Name = LocalizedText.Of(name),
            Activities = [new ActivityNode { Id = "start", Type = "Start" }, new ActivityNode { Id = activityId, Type = "Workshop", Inputs = inputs }],
        };
        var stored = await Services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, Token);
        var now = Time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = Lab.Id,
            DefinitionId = Lab.DefinitionId,
            DefinitionVersion = stored.Definition.Version,
            Status = WorkflowStatus.Running,
            CreatedAt = now,
            UpdatedAt = now,
            State = new WorkflowState(),
        };
        await Services.GetRequiredService<IWorkflowCommitStore>().CommitAsync(new WorkflowCommit(instance, null, [], [], [], []), Token);
    }

    /// <summary>Signs <paramref name="person"/> in for the next render.</summary>
    protected void SignIn(Person person)
    {
        _authorization.SetAuthorized(person.Email);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, person.Id.ToString()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        await base.DisposeAsync();
    }

    private void Add(Person person, string administrationId, Role role)
    {
        var directory = Services.GetRequiredService<InMemoryDirectory>();
        directory.AddPerson(person);
        directory.AddMembership(new Membership(person.Id, administrationId, role));
    }
}
