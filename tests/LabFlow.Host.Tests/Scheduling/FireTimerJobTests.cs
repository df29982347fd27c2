using Hangfire;
using Hangfire.States;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class FireTimerJobTests
{
    [Fact]
    public async Task RunAsync_ResumesBookmarkOnce_WhenTimerJobRunsTwice()
    {
        await using var host = await SchedulingTestHost.StartAsync(SchedulingStorage.InMemory);
        var instanceId = await host.StartLabAsync(SchedulingFlows.DelayThenContinue("twice", "P1D"));
        var timer = await host.BookmarkAtAsync(instanceId, "wait");

        var first = host.Jobs.Enqueue<FireTimerJob>(job => job.RunAsync(timer.Id, CancellationToken.None));
        var firstState = await host.WaitForJobToSettleAsync(first);
        var second = host.Jobs.Enqueue<FireTimerJob>(job => job.RunAsync(timer.Id, CancellationToken.None));
        var secondState = await host.WaitForJobToSettleAsync(second);

        Assert.Equal(SucceededState.StateName, firstState);
        Assert.Equal(SucceededState.StateName, secondState);
        var instance = await host.Labs.WaitUntilFinishedAsync(instanceId, SchedulingTestHost.Timeout);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var resumed = Assert.Single(await host.JournalAsync(instanceId), e => e.Event == JournalEvent.ActivityResumed);
        Assert.Equal(WorkflowActors.Timer, resumed.Actor);
        Assert.Single(await host.JournalAsync(instanceId), e => e.Event == JournalEvent.WorkflowFinished);
    }
}
