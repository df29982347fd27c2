using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Pages.Labs;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>
/// The lab pages on the real lab domain with its in-memory stores and runtime, the shipped flows published, MudBlazor's
/// services and a signed-in person; the clock stands on Thursday 18 June 2026, 10:00 in Stockholm.
/// </summary>
public abstract class LabPageTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>Day 0 of the labs these tests launch: Monday 7 September 2026.</summary>
    public static readonly DateOnly StartDate = new(2026, 9, 7);

    protected static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    protected static readonly string Preschool = PilotAdministrations.Forskoleforvaltningen.Id;

    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly BunitAuthorizationContext _authorization;

    protected LabPageTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddLabFlowWorkflows();
        Services.AddLabActivities();
        Services.AddSingleton<WorkflowDefinitionLoader>();
        Services.AddScoped<LabNames>();
        Services.AddMudServices();
        _authorization = AddAuthorization();

        Add(Facilitator, School, Role.Facilitator);
        Add(Coordinator, School, Role.Coordinator);
        Add(Participant, School, Role.Participant);
        Add(OtherCoordinator, Preschool, Role.Coordinator);
        UseCulture("sv-SE");
    }

    public static Person Facilitator { get; } = new(Guid.Parse("20000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@example.se");

    public static Person Coordinator { get; } = new(Guid.Parse("20000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@example.se");

    public static Person Participant { get; } = new(Guid.Parse("20000000-0000-0000-0000-000000000003"), "Pia Deltagare", "pia@example.se");

    public static Person OtherCoordinator { get; } = new(Guid.Parse("20000000-0000-0000-0000-000000000004"), "Ola Annan", "ola@example.se");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 18, 8, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Token => CancellationToken.None;

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>Launches a lab on the shipped <c>social-innovation-lab</c> flow through the lab domain, as the facilitator.</summary>
    protected Task<Lab> LaunchAsync(string title = "Jämlik rekrytering") =>
        Services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "social-innovation-lab",
                title,
                School,
                "Hur kan vi rekrytera mer jämlikt?",
                StartDate,
                [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Coordinator.Id, Role.Coordinator), new LabMember(Participant.Id, Role.Participant)]),
            Facilitator.Id,
            Token);

    protected async Task<IReadOnlyList<LabTask>> TasksAsync(Guid labId) =>
        await Services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, Token);

    /// <summary>Signs <paramref name="person"/> in with <paramref name="role"/> as their role claim (what the cookie carries).</summary>
    protected void SignIn(Person person, Role role)
    {
        _authorization.SetAuthorized(person.Email);
        _authorization.SetRoles(role.ToString());
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, person.Id.ToString()));
    }

    protected IRenderedComponent<LabOverview> RenderOverview(Person person, Role role, Guid labId)
    {
        SignIn(person, role);
        return Render<LabOverview>(parameters => parameters.Add(p => p.Id, labId));
    }

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workflows-json");
        var results = await Services.GetRequiredService<WorkflowDefinitionLoader>().LoadDirectoryAsync(folder, Token);
        Assert.Empty(results.SelectMany(r => r.Errors).Select(e => e.ToString()));
        foreach (var result in results)
        {
            await Services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(result.Definition!, $"file:{result.FileName}", null, Token);
        }
    }

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
