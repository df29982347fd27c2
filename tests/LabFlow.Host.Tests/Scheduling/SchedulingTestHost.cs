using Hangfire;
using Hangfire.Storage;
using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Host.Tests.Scheduling;

/// <summary>
/// A started host with the engine's real runtime and in-memory stores (<c>AddLabFlowWorkflows</c>) and LabFlow's
/// Hangfire scheduling with a real Hangfire server, in a temporary folder.
/// </summary>
internal sealed class SchedulingTestHost : IAsyncDisposable
{
    // Generous: a healthy run takes about a second, and the timeout only bounds a failure. Once in several full runs
    // a 1-second timer on a fresh PostgreSQL Hangfire schema took longer than 30 s while the other tests ran (cause
    // not found yet: Hangfire's workers back off after a failed fetch, which is one candidate).
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly IHost _host;
    private readonly string _folder;
    private readonly RecordingJobClient _createdJobs;

    private SchedulingTestHost(IHost host, string folder, LabSignals labs)
    {
        _host = host;
        _folder = folder;
        Labs = labs;
        _createdJobs = host.Services.GetRequiredService<RecordingJobClient>();
    }

    public LabSignals Labs { get; }

    public string DataPath => Path.Combine(_folder, "data");

    public IBackgroundJobClient Jobs => Get<IBackgroundJobClient>();

    public IRecurringJobManager RecurringJobs => Get<IRecurringJobManager>();

    public JobStorage Storage => Get<JobStorage>();

    /// <param name="storage">Hangfire's storage; <c>null</c> leaves the default (SQLite in the data folder).</param>
    /// <param name="time">The engine's clock; the real one when not given (Hangfire always uses the real one).</param>
    /// <param name="settings">More configuration, such as LabFlow:Database.</param>
    /// <param name="configure">More services, added after LabFlow's.</param>
    public static async Task<SchedulingTestHost> StartAsync(
        SchedulingStorage? storage = SchedulingStorage.InMemory,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("labflow-scheduling-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LabFlow:DataPath"] = "data",
            ["LabFlow:Scheduling:Storage"] = storage?.ToString(),
            // Hangfire's jobs in these tests run through its polling; a second keeps them quick.
            ["LabFlow:Scheduling:PollInterval"] = "00:00:01",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        // Hangfire's log provider is process-wide and the last host to start wins: with a logger factory that a host
        // disposes, another host's Hangfire would fail creating loggers after the first is gone. One host per process
        // in production; here a factory that is never disposed.
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        builder.Services.AddOptions<LabFlowOptions>().BindConfiguration(LabFlowOptions.SectionName);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        var labs = new LabSignals();
        builder.Services.AddSingleton<IInMemoryCommitParticipant>(labs);
        builder.Services.AddLabFlowWorkflows();
        builder.AddLabFlowScheduling();
        RecordingJobClient.Decorate(builder.Services);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        using var starting = new CancellationTokenSource(Timeout);
        await host.StartAsync(starting.Token);
        return new SchedulingTestHost(host, folder, labs);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Publishes <paramref name="json"/> and starts a lab on it.</summary>
    public async Task<Guid> StartLabAsync(string json)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var definition = WorkflowDefinitionSerializer.Deserialize(json);
        await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, CancellationToken.None);
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        var started = await runtime.StartAsync(new StartWorkflowRequest(definition.Id, Actor: "facilitator"), CancellationToken.None);
        return started.InstanceId;
    }

    public async Task<T> WithRuntimeAsync<T>(Func<IWorkflowRuntime, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
    }

    public async Task<Bookmark> BookmarkAtAsync(Guid instanceId, string activityId) =>
        Assert.Single(await Get<IBookmarkStore>().ListByInstanceAsync(instanceId, CancellationToken.None), b => b.ActivityId == activityId);

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) =>
        Get<IWorkflowJournalStore>().ListAsync(instanceId, CancellationToken.None);

    /// <summary>The Hangfire jobs created to fire <paramref name="bookmarkId"/>, with their current state.</summary>
    public async Task<IReadOnlyList<(string JobId, string State)>> TimerJobsOfAsync(Guid bookmarkId)
    {
        // Jobs are created on the Host's timer job loop after the burst answered; wait until it has made them.
        await Get<TimerJobQueue>().WhenIdleAsync().WaitAsync(Timeout);

        // The ids come from the jobs' creation, not from Hangfire's monitoring lists: those are read one after the
        // other, and a job that Hangfire moves on meanwhile (scheduled → enqueued → processing, in milliseconds once
        // due) could be in none of them.
        using var connection = Storage.GetConnection();
        return [.. _createdJobs.TimerJobsOf(bookmarkId).Select(id => (id, connection.GetStateData(id)?.Name ?? "none"))];
    }

    /// <summary>Waits until the Hangfire server has announced itself in the storage (it starts after the host).</summary>
    public async Task WaitForServerAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var monitoring = Storage.GetMonitoringApi();
        while (monitoring.Servers().Count == 0)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No Hangfire server announced itself within {Timeout}.");
            }
        }
    }

    /// <summary>
    /// Waits until an enqueued job has left the queue and its worker (succeeded, failed, or scheduled for a retry)
    /// and returns that state. Hangfire gives no completion signal to a client, so this polls its storage.
    /// </summary>
    public Task<string> WaitForJobToSettleAsync(string jobId) => WaitForJobToLeaveAsync(jobId, "Enqueued", "Processing");

    /// <summary>
    /// Waits until a delayed job has run (it starts as Scheduled): its timer may be fired first by the sweep, and the
    /// job then runs at its due time all the same, finds the bookmark consumed and succeeds.
    /// </summary>
    public Task<string> WaitForDelayedJobToRunAsync(string jobId) => WaitForJobToLeaveAsync(jobId, "Scheduled", "Enqueued", "Processing");

    private async Task<string> WaitForJobToLeaveAsync(string jobId, params string[] waitingStates)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var connection = Storage.GetConnection();
        while (true)
        {
            var state = connection.GetStateData(jobId)?.Name;
            if (state is not null && !waitingStates.Contains(state))
            {
                return state;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Hangfire job {jobId} was still {state ?? "unknown"} after {Timeout}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(Timeout))
        {
            await _host.StopAsync(stopping.Token);
        }

        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
