using System.Text.Json.Nodes;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// One LabFlow "node": the real engine (AddLabFlowWorkflows) on the EF Core stores (AddLabFlowPersistence) of a
/// test database, on a fake clock. Several nodes on one database behave like several Host processes: each has its
/// own in-process locks, so only the database decides their races. Every call runs in a scope of its own, as a
/// request or a job would.
/// </summary>
public sealed class LabFlowTestNode : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2026, 1, 31, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3));

    public LabFlowTestNode(TestDatabase database, FakeTimeProvider? time = null, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Time = time ?? new FakeTimeProvider(StartTime);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.AddProvider(Logs));
        configure?.Invoke(services);
        services.AddLabFlowPersistence(configuration);
        services.AddLabFlowWorkflows();
        services.AddSingleton<WorkflowDefinitionLoader>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; }

    public TestLogs Logs { get; } = new();

    /// <summary>Stops a test that would otherwise hang on a deadlock.</summary>
    public CancellationToken Token => _timeout.Token;

    /// <summary>A singleton of this node.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs the real start-up migration.</summary>
    public async Task<LabFlowTestNode> PrepareAsync()
    {
        Assert.True(await InScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(Token)), "The database migration failed.");
        return this;
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

    public Task<StoredWorkflowDefinition> PublishAsync(string json) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(WorkflowDefinitionSerializer.Deserialize(json), "test", null, Token));

    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? inputs = null, int? version = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest(definitionId, inputs, "facilitator", version), Token));

    public Task<ResumeResult> ResumeAsync(Guid bookmarkId, JsonObject? data = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId, new ResumePayload(data, "coordinator"), Token));

    public async Task<WorkflowInstance> InstanceAsync(Guid instanceId) =>
        await InScopeAsync(sp => sp.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceId, Token))
        ?? throw new InvalidOperationException($"No instance {instanceId}.");

    public Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId) =>
        InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instanceId, Token));

    public async Task<Bookmark> BookmarkAtAsync(Guid instanceId, string activityId) =>
        Assert.Single(await BookmarksAsync(instanceId), b => b.ActivityId == activityId);

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowJournalStore>().ListAsync(instanceId, Token));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _timeout.Dispose();
    }
}
