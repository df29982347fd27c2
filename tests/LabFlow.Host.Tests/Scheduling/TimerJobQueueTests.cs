using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LabFlow.Host.Tests.Scheduling;

/// <summary>
/// A burst's timers: their outbox rows are done by the burst's own commit (<see cref="TimerEffectWriter"/>), and their
/// Hangfire jobs are made on <see cref="TimerJobQueue"/>'s loop, never on the committing request's thread.
/// </summary>
public sealed class TimerJobQueueTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Far past the test node's clock and today's date, so no in-process wake-up is armed and nothing fires.
    private const string FarAway = "P400D";

    [Theory]
    [InlineData(DatabaseProviders.Sqlite)]
    [InlineData(DatabaseProviders.PostgreSql)]
    public async Task Commit_WritesTimersOutboxRowDispatchedAndQueuesItsJob_WithoutADispatchAfterTheCommit(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // A recording client, not Hangfire's in-memory storage: Hangfire's log provider is process-wide, and another
        // test host may have disposed the logger factory it points to.
        var jobs = new GatedJobClient();
        jobs.Open();
        var dispatcher = new RecordingDispatcher();
        await using var node = await new LabFlowTestNode(database, configure: services =>
        {
            services.AddSingleton<IWorkflowEffectDispatcher>(dispatcher);
            services.AddSingleton<IBackgroundJobClient>(jobs);
            services.AddSingleton<LocalTimerWakeUp>();
            services.AddSingleton<TimerJobQueue>();
            services.TryAddEnumerable(ServiceDescriptor.Scoped<IEfCoreEffectWriter, TimerEffectWriter>());
        }).PrepareAsync();
        var queue = node.Get<TimerJobQueue>();
        await queue.StartAsync(node.Token);
        await node.PublishAsync(SchedulingFlows.DelayThenContinue("timer-in-commit", FarAway));

        var started = await node.StartAsync("timer-in-commit");

        var timer = await node.BookmarkAtAsync(started.InstanceId, "wait");
        var row = Assert.Single(await node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox.AsNoTracking()
            .Where(o => o.InstanceId == started.InstanceId).ToListAsync(node.Token)));
        Assert.Equal((row.CreatedAt, 1), (row.DispatchedAt, row.Attempts));
        Assert.Empty(dispatcher.Dispatched);
        await queue.WhenIdleAsync().WaitAsync(Timeout);
        Assert.Equal([timer.Id], jobs.Created);
        await queue.StopAsync(node.Token);
    }

    [Fact]
    public async Task Schedule_ReturnsAtOnceAndJobsFollowInOrder_WhileJobStorageIsSlow()
    {
        var jobs = new GatedJobClient();
        await using var queue = await StartedQueueAsync(jobs);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        // Both return although the storage has not made a single job yet.
        queue.Value.Schedule(Guid.NewGuid(), first, DateTimeOffset.UtcNow.AddDays(400));
        queue.Value.Schedule(Guid.NewGuid(), second, DateTimeOffset.UtcNow.AddDays(400));

        var idle = queue.Value.WhenIdleAsync();
        Assert.False(idle.IsCompleted);
        jobs.Open();
        await idle.WaitAsync(Timeout);
        Assert.Equal([first, second], jobs.Created);
    }

    [Fact]
    public async Task Schedule_LeavesTheTimerToTheSweepAndLogsOnce_WhenJobStorageFails()
    {
        var logs = new TestLogs();
        await using var queue = await StartedQueueAsync(new FailingJobClient(), logs);

        queue.Value.Schedule(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(400));
        queue.Value.Schedule(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(400));
        await queue.Value.WhenIdleAsync().WaitAsync(Timeout);

        var warning = Assert.Single(logs.At(LogLevel.Warning));
        Assert.Contains("due-timer sweep", warning, StringComparison.Ordinal);
    }

    private static async Task<AsyncDisposableValue<TimerJobQueue>> StartedQueueAsync(IBackgroundJobClient jobs, TestLogs? logs = null)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs ?? new TestLogs()))
            .AddSingleton(jobs)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<LocalTimerWakeUp>()
            .AddSingleton<TimerJobQueue>()
            .BuildServiceProvider();
        var queue = services.GetRequiredService<TimerJobQueue>();
        await queue.StartAsync(CancellationToken.None);
        return new AsyncDisposableValue<TimerJobQueue>(queue, async () =>
        {
            await queue.StopAsync(CancellationToken.None);
            await services.DisposeAsync();
        });
    }

    private sealed class AsyncDisposableValue<T>(T value, Func<Task> dispose) : IAsyncDisposable
    {
        public T Value { get; } = value;

        public async ValueTask DisposeAsync() => await dispose();
    }

    /// <summary>A job storage that takes jobs only once opened (a slow or locked disk), recording the timers of the FireTimerJobs.</summary>
    private sealed class GatedJobClient : IBackgroundJobClient
    {
        private readonly ManualResetEventSlim _open = new();
        private readonly List<Guid> _created = [];

        public IReadOnlyList<Guid> Created
        {
            get
            {
                lock (_created)
                {
                    return [.. _created];
                }
            }
        }

        public void Open() => _open.Set();

        public string Create(Job job, IState state)
        {
            _open.Wait(Timeout);
            lock (_created)
            {
                // Any other job than a FireTimerJob for a timer is recorded as the empty id, which no test expects.
                _created.Add(job.Type == typeof(FireTimerJob) && job.Args is [Guid bookmarkId, ..] ? bookmarkId : Guid.Empty);
                return _created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }

    /// <summary>A job storage that refuses every job.</summary>
    private sealed class FailingJobClient : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => throw new InvalidOperationException("The job storage is down.");

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}
