using System.Globalization;
using System.Security.Claims;
using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Bunit.TestDoubles;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>
/// The flow pages on the real engine services with the in-memory definition and instance stores, every shipped flow
/// published as version 1, MudBlazor's services, an interactive renderer (the canvas only renders interactively) and
/// a signed-in person whose roles decide the API's flow policies.
/// </summary>
public abstract class FlowPageTestContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly BunitAuthorizationContext _authorization;

    protected FlowPageTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The canvas measures itself and its ports through Blazor.Diagrams' script.
        JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 1200, 700));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddLabActivities();
        Services.AddLabFlowWorkflows();
        Services.AddSingleton<WorkflowDefinitionLoader>();
        Services.AddScoped<FlowDesignService>();
        Services.AddMudServices();
        _authorization = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 18, 8, 0, 0, TimeSpan.Zero));

    protected IWorkflowDefinitionStore Store => Services.GetRequiredService<IWorkflowDefinitionStore>();

    protected static CancellationToken Token => CancellationToken.None;

    public async Task InitializeAsync()
    {
        foreach (var file in ShippedFlows.FileNames)
        {
            await Store.PublishAsync(ShippedFlows.Load(file), $"file:{file}", null, Token);
        }
    }

    /// <summary>Signs in a designer (the DesignFlows and ReadFlows policies pass).</summary>
    protected void SignInAsDesigner() => SignIn("designer@example.se", LabFlowRoles.Designer, LabFlowPolicies.ReadFlows, LabFlowPolicies.DesignFlows);

    protected void SignInAsFacilitator() => SignIn("facilitator@example.se", LabFlowRoles.Facilitator, LabFlowPolicies.ReadFlows);

    protected void SignInAsCoordinator() => SignIn("coordinator@example.se", LabFlowRoles.Coordinator);

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        await base.DisposeAsync();
    }

    private void SignIn(string name, string role, params string[] policies)
    {
        _authorization.SetAuthorized(name);
        _authorization.SetRoles(role);
        _authorization.SetPolicies(policies);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
    }
}
