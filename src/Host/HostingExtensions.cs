using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Host;

/// <summary>The composition root: what LabFlow's Host is made of, and how it starts.</summary>
internal static class HostingExtensions
{
    public static WebApplicationBuilder AddLabFlow(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LabFlowOptions>()
            .BindConfiguration(LabFlowOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddLabFlowWorkflows();
        builder.Services.AddLabFlowEmail(builder.Configuration);
        builder.Services.TryAddSingleton<WorkflowDefinitionLoader>();
        builder.Services.AddSingleton<ShippedFlowsLoader>();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Loads the shipped flows; <c>false</c> when start-up must stop (the reasons are logged).</summary>
    public static async Task<bool> PrepareLabFlowAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var flows = await app.Services.GetRequiredService<ShippedFlowsLoader>().LoadAsync(cancellationToken);
        return flows is not null;
    }

    public static WebApplication MapLabFlowEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
