using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>
/// The engine, the lab domain and <c>AddLabNotifications</c> on a fake clock, with rows in memory or on a test
/// database (the real migrations, and the journal deleted through the database as the Host does). Every call runs in
/// a scope of its own, as a request or a job would.
/// </summary>
internal sealed class RetentionStoryHost : IAsyncDisposable
{
    public static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private RetentionStoryHost(ServiceProvider services, FakeTimeProvider time, TestLogs logs)
    {
        _services = services;
        Time = time;
        Logs = logs;
    }

    public static Person Fia { get; } = new(Guid.Parse("40000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@goteborg.example");

    public static Person Kim { get; } = new(Guid.Parse("40000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@goteborg.example");

    public static Person Lo { get; } = new(Guid.Parse("40000000-0000-0000-0000-000000000003"), "Lo Samordnare", "lo@goteborg.example", "en");

    public FakeTimeProvider Time { get; }

    public TestLogs Logs { get; }

    public CancellationToken Token => _timeout.Token;

    /// <param name="database">The database, or <c>null</c> for the in-memory stores.</param>
    public static async Task<RetentionStoryHost> StartAsync(TestDatabase? database, DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        var logs = new TestLogs();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging => logging.AddProvider(logs));
        if (database is not null)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLabFlowPersistence(configuration);
            services.AddScoped<IJournalRetention>(sp => new EfCoreJournalRetention(sp.GetRequiredService<LabFlowDbContext>()));
        }
        else
        {
            services.AddSingleton<IJournalRetention, NoJournalRetention>();
        }

        services.AddLabFlowWorkflows();
        services.AddLabActivities();
        services.AddLabNotifications();
        services.AddSingleton<WorkflowDefinitionLoader>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new RetentionStoryHost(provider, time, logs);
        if (database is not null)
        {
            Assert.True(await host.InScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(host.Token)), "The database migration failed.");
        }

        await host.InScopeAsync(async sp =>
        {
            var directory = sp.GetRequiredService<IDirectoryCommands>();
            foreach (var (person, role) in new[] { (Fia, Role.Facilitator), (Kim, Role.Coordinator), (Lo, Role.Coordinator) })
            {
                await directory.SavePersonAsync(person, host.Token);
                await directory.AddMembershipAsync(new Membership(person.Id, School, role), host.Token);
            }
        });
        return host;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull =>
        InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    /// <summary>Loads <paramref name="json"/> through the real loader, publishes it, and launches a lab on it as Fia with Kim as participant.</summary>
    public Task<Lab> LaunchAsync(string json, DateOnly startDate) => InScopeAsync(async sp =>
    {
        var loaded = sp.GetRequiredService<WorkflowDefinitionLoader>().Load("retention-story.json", json);
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Errors));
        var definition = (await sp.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, Token)).Definition;
        return await sp.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(definition.Id, "Jämlik rekrytering", School, "Hur kan vi rekrytera mer jämlikt?", startDate,
                [new LabMember(Fia.Id, Role.Facilitator), new LabMember(Kim.Id, Role.Participant)]),
            Fia.Id,
            Token);
    });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _timeout.Dispose();
    }

    /// <summary>Stands in for the database's journal when there is none.</summary>
    private sealed class NoJournalRetention : IJournalRetention
    {
        public Task<int> DeleteBeforeAsync(Guid instanceId, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
