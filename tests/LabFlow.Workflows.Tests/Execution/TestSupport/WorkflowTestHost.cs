using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using LabFlow.Workflows.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Workflows.Tests.Execution.TestSupport;

/// <summary>The real engine (runner, runtime, in-memory stores and scheduler, Jint) on a fake clock.</summary>
internal sealed class WorkflowTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2026, 1, 31, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));

    public WorkflowTestHost(WorkflowRunnerOptions? options = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IInMemoryCommitParticipant>(Commits);
        configure?.Invoke(services);
        services.AddLabFlowWorkflows(options);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _services.CreateAsyncScope();
    }

    public FakeTimeProvider Time { get; } = new(StartTime);

    public CommitRecorder Commits { get; } = new();

    public IWorkflowRuntime Runtime => _scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();

    public InMemoryWorkflowScheduler Scheduler => _services.GetRequiredService<InMemoryWorkflowScheduler>();

    public IBookmarkStore Bookmarks => _services.GetRequiredService<IBookmarkStore>();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Stops a test that would otherwise hang on a deadlock.</summary>
    public CancellationToken Token => _timeout.Token;

    public async Task<WorkflowDefinition> PublishAsync(string json)
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(json);
        var stored = await Get<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, Token);
        return stored.Definition;
    }

    /// <summary>Publishes <paramref name="json"/> and starts a lab on it.</summary>
    public async Task<WorkflowRunResult> StartAsync(string json, JsonObject? inputs = null, JsonObject? lab = null)
    {
        var definition = await PublishAsync(json);
        return await Runtime.StartAsync(new StartWorkflowRequest(definition.Id, inputs, "facilitator", LabContext: lab), Token);
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid instanceId) =>
        await Get<IWorkflowInstanceStore>().FindAsync(instanceId, Token) ?? throw new InvalidOperationException($"No instance {instanceId}.");

    public Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId) => Bookmarks.ListByInstanceAsync(instanceId, Token);

    public async Task<Bookmark> BookmarkAtAsync(Guid instanceId, string activityId) =>
        Assert.Single(await BookmarksAsync(instanceId), b => b.ActivityId == activityId);

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) => Get<IWorkflowJournalStore>().ListAsync(instanceId, Token);

    public async Task<JsonNode?> VariableAsync(Guid instanceId, string name) => (await InstanceAsync(instanceId)).State.Variables[name];

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _timeout.Dispose();
    }
}
