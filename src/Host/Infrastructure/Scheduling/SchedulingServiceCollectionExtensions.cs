using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Workflows.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>Scheduled work on Hangfire: timers, recurring jobs, and the dashboard.</summary>
internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>The dashboard's path.</summary>
    public const string DashboardPath = "/hangfire";

    /// <summary>The file of Hangfire's SQLite storage in <c>LabFlow:DataPath</c>, apart from LabFlow's database.</summary>
    public const string SqliteFileName = "hangfire.db";

    private const string DatabaseProviderKey = "LabFlow:Database:Provider";
    private const string DatabaseConnectionStringKey = "LabFlow:Database:ConnectionString";

    /// <summary>
    /// Hangfire (storage from <see cref="SchedulingOptions"/>, a server polling every <see cref="SchedulingOptions.PollInterval"/>), the
    /// <see cref="HangfireWorkflowScheduler"/> in place of the engine's in-memory scheduler, and the due-timer sweep.
    /// </summary>
    public static IHostApplicationBuilder AddLabFlowScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // Hangfire follows the database unless told otherwise, so read the database's two settings here.
                options.DatabaseProvider = configuration[DatabaseProviderKey];
                options.DatabaseConnectionString = configuration[DatabaseConnectionStringKey];
            })
            .ValidateSettings(SchedulingOptions.SectionName);

        // Storage and activator are this container's own singletons. Hangfire's defaults read the process-wide
        // JobStorage.Current and JobActivator.Current, which the last host to configure Hangfire wins; two hosts in
        // one process (tests, or the Host beside a tool) would then run each other's jobs.
        services.AddSingleton(CreateStorage);
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value;
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.PollInterval;
            server.CancellationCheckInterval = options.PollInterval;
        });

        // Registered before or after the engine's TryAdd of the in-memory scheduler, this one wins.
        services.RemoveAll<IWorkflowScheduler>();
        services.AddSingleton<IWorkflowScheduler, HangfireWorkflowScheduler>();
        services.AddSingleton<LocalTimerWakeUp>();
        services.AddSingleton<TimerJobQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerJobQueue>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEfCoreEffectWriter, TimerEffectWriter>());
        services.AddScoped<FireTimerJob>();
        services.AddScoped<LabFlowRecurringJobRunner>();
        services.AddHostedService<RecurringJobRegistrar>();
        services.AddLabFlowRecurringJob<DueTimerSweepJob>();
        return builder;
    }

    /// <summary>Adds a recurring job; every one registered is put into Hangfire at start-up.</summary>
    public static IServiceCollection AddLabFlowRecurringJob<TJob>(this IServiceCollection services)
        where TJob : class, ILabFlowRecurringJob
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILabFlowRecurringJob, TJob>());
        return services;
    }

    /// <summary>The Hangfire dashboard at <see cref="DashboardPath"/>, for administrators only.</summary>
    public static IEndpointRouteBuilder MapLabFlowJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        var options = new DashboardOptions
        {
            DashboardTitle = "LabFlow jobs",
            // Hangfire's default lets every local request in; only the Admin filter decides.
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorizationFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        };

        // Built on the first request rather than here: Hangfire's MapHangfireDashboard opens the job storage while
        // the endpoints are mapped, before start-up has validated LabFlow:Scheduling and could name a wrong setting.
        var branch = endpoints.CreateApplicationBuilder();
        var dashboard = new Lazy<RequestDelegate>(() =>
        {
            var storage = branch.ApplicationServices.GetRequiredService<JobStorage>();
            return branch.UseHangfireDashboard(DashboardPath, options, storage).Build();
        });
        endpoints.Map(DashboardPath + "/{**path}", context => dashboard.Value(context));
        return endpoints;
    }

    private static JobStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        switch (options.EffectiveStorage)
        {
            case SchedulingStorage.InMemory:
                return new InMemoryStorage();
            case SchedulingStorage.PostgreSql:
                var postgreSql = new PostgreSqlStorageOptions { QueuePollInterval = options.PollInterval, PrepareSchemaIfNecessary = true };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.DatabaseConnectionString, postgreSql), postgreSql);
            default:
                var path = SqlitePath(services);
                return new SQLiteStorage(
                    new SQLiteDbConnectionFactory(() => HangfireSqliteConnections.Open(path)),
                    new SQLiteStorageOptions { QueuePollInterval = options.PollInterval });
        }
    }

    private static string SqlitePath(IServiceProvider services)
    {
        var dataPath = services.GetRequiredService<IOptions<LabFlowOptions>>().Value.DataPath;
        var folder = Path.GetFullPath(dataPath, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, SqliteFileName);
    }
}
