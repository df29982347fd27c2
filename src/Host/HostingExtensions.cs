using LabFlow.Activities.DependencyInjection;
using LabFlow.Host.Api;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Api.Flows;
using LabFlow.Host.Components;
using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Host.Infrastructure.Health;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Methods;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Host.Infrastructure.Seeding;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Host;

/// <summary>The composition root: what LabFlow's Host is made of, and how it starts.</summary>
internal static class HostingExtensions
{
    public static WebApplicationBuilder AddLabFlow(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LabFlowOptions>()
            .BindConfiguration(LabFlowOptions.SectionName)
            .ValidateSettings(LabFlowOptions.SectionName);

        builder.Services.AddLabFlowPersistence(builder.Configuration);
        builder.Services.AddLabFlowWorkflows();
        builder.Services.AddLabActivities();
        builder.Services.AddProjectDashboardSettings();
        builder.Services.AddAttachmentSettings();
        builder.Services.AddSurveyLinkSettings();

        // Registered by the Host, beside the lab domain, because only the database store finds every row about a
        // person; the domain stores alone (a test node) have no use for it.
        builder.Services.TryAddScoped<LabFlow.Activities.Privacy.PersonalDataService>();
        builder.AddLabFlowScheduling();
        builder.Services.AddLabFlowEmail(builder.Configuration);
        builder.Services.AddLabFlowNotifications();
        builder.Services.TryAddSingleton<WorkflowDefinitionLoader>();
        builder.Services.AddSingleton<ShippedFlowsLoader>();
        builder.Services.AddScoped<FlowDesignService>();
        builder.Services.AddLabFlowMethods();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");

        // One line per request with method, path, status and time: no query strings, headers or bodies, which can
        // carry personal data.
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        builder.Services.AddLabFlowApi();
        builder.Services.AddLabFlowIdentity(builder.Configuration);
        builder.Services.AddLabFlowSeeding();
        builder.Services.AddLabFlowUi();
        return builder;
    }

    /// <summary>
    /// Migrates the database, loads the shipped flows and methods and imports them, and in Development seeds the demo data;
    /// <c>false</c> when start-up must stop (the reasons are logged).
    /// </summary>
    public static async Task<bool> PrepareLabFlowAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        if (!ActivatorUtilities.CreateInstance<StartupSettingsCheck>(app.Services).Passes())
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken))
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<Activities.Time.HolidayCalendarService>().LoadAsync(cancellationToken);
        var loader = app.Services.GetRequiredService<ShippedFlowsLoader>();
        var flows = await loader.LoadAsync(cancellationToken);
        if (flows is null)
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<ShippedFlowsImporter>().ImportAsync(loader.FlowsDirectory, flows, cancellationToken);
        if (await app.Services.GetRequiredService<ShippedMethodsLoader>().LoadAsync(cancellationToken) is not { } methods)
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<ShippedMethodsImporter>().ImportAsync(methods, cancellationToken);
        await app.SeedAsync(scope.ServiceProvider, cancellationToken);
        return true;
    }

    public static WebApplication MapLabFlowEndpoints(this WebApplication app)
    {
        app.UseHttpLogging();
        app.UseLabFlowApi();
        app.UseLabFlowPageErrors();
        app.UseLabFlowIdentity();
        app.UseLabFlowUi();
        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api/v1").UseCallerLanguage().RequireDefinedEnums();
        api.MapAccountApi();
        api.MapFlowsApi();
        api.MapLabResourceApis();
        app.MapLabFlowApiReference();
        app.MapLabFlowJobsDashboard();
        app.MapLabFlowUi();
        return app;
    }
}
