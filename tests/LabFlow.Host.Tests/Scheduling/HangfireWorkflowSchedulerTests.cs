using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.States;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Scheduling;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class HangfireWorkflowSchedulerTests
{
    [Fact]
    public async Task ScheduleTimerAsync_ContinuesLab_WhenDelayIsDueThroughHangfire()
    {
        await using var host = await SchedulingTestHost.StartAsync(SchedulingStorage.InMemory);

        await AssertDelayFiresThroughHangfireAsync(host);
    }

    [Fact]
    public async Task ScheduleTimerAsync_ContinuesLab_WhenHangfireKeepsJobsInSqlite()
    {
        // No storage set: the default, Hangfire.Storage.SQLite in hangfire.db in the data folder.
        await using var host = await SchedulingTestHost.StartAsync(storage: null);

        await AssertDelayFiresThroughHangfireAsync(host);

        Assert.True(File.Exists(Path.Combine(host.DataPath, "hangfire.db")));
    }

    [Fact]
    public async Task ScheduleTimerAsync_ContinuesLab_WhenDatabaseIsPostgreSql()
    {
        await using var database = await TestPostgreSqlDatabase.CreateAsync();
        // No storage set: Hangfire follows LabFlow:Database to PostgreSQL.
        await using var host = await SchedulingTestHost.StartAsync(storage: null, settings: new Dictionary<string, string?>
        {
            ["LabFlow:Database:Provider"] = "PostgreSql",
            ["LabFlow:Database:ConnectionString"] = database.ConnectionString,
        });

        await AssertDelayFiresThroughHangfireAsync(host);

        Assert.IsType<PostgreSqlStorage>(host.Storage);
        Assert.False(File.Exists(Path.Combine(host.DataPath, "hangfire.db")));
    }

    [Fact]
    public async Task CancelTimerAsync_LeavesJobThatFindsBookmarkClosed_WhenLabIsCancelled()
    {
        await using var host = await SchedulingTestHost.StartAsync(SchedulingStorage.InMemory);
        var instanceId = await host.StartLabAsync(SchedulingFlows.DelayThenContinue("cancelled", "P1D"));
        var timer = await host.BookmarkAtAsync(instanceId, "wait");
        var (scheduledJob, _) = Assert.Single(await host.TimerJobsOfAsync(timer.Id));

        await host.WithRuntimeAsync(runtime => runtime.CancelAsync(instanceId, "facilitator", null, CancellationToken.None));
        host.Jobs.Requeue(scheduledJob);
        var state = await host.WaitForJobToSettleAsync(scheduledJob);

        Assert.Equal(SucceededState.StateName, state);
        Assert.DoesNotContain(await host.JournalAsync(instanceId), e => e.Event == JournalEvent.ActivityResumed);
    }

    private static async Task AssertDelayFiresThroughHangfireAsync(SchedulingTestHost host)
    {
        var instanceId = await host.StartLabAsync(SchedulingFlows.DelayThenContinue("follow-up", "PT1S"));
        var timer = await host.BookmarkAtAsync(instanceId, "wait");

        var instance = await host.Labs.WaitUntilFinishedAsync(instanceId, SchedulingTestHost.Timeout);

        Assert.IsType<HangfireWorkflowScheduler>(host.Get<IWorkflowScheduler>());
        Assert.Equal(0, host.Get<InMemoryWorkflowScheduler>().ScheduledCount);
        Assert.True(instance.State.Variables["followedUp"]!.GetValue<bool>());
        var resumed = Assert.Single(await host.JournalAsync(instanceId), e => e.Event == JournalEvent.ActivityResumed);
        Assert.Equal(("wait", WorkflowActors.Timer), (resumed.ActivityId, resumed.Actor));
        var (jobId, _) = Assert.Single(await host.TimerJobsOfAsync(timer.Id));
        Assert.Equal(SucceededState.StateName, await host.WaitForDelayedJobToRunAsync(jobId));
    }
}
