using Hangfire;
using Hangfire.States;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Journal;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class DueTimerSweepJobTests
{
    [Fact]
    public async Task RunAsync_FiresDueTimer_WhenItsJobWasDeleted()
    {
        // The engine's clock is fake so the timer can be due to LabFlow while Hangfire's job is still a day away.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var host = await SchedulingTestHost.StartAsync(SchedulingStorage.InMemory, time);
        var instanceId = await host.StartLabAsync(SchedulingFlows.DelayThenContinue("lost-job", "P1D"));
        var timer = await host.BookmarkAtAsync(instanceId, "wait");
        var (jobId, state) = Assert.Single(await host.TimerJobsOfAsync(timer.Id));
        Assert.Equal(ScheduledState.StateName, state);
        host.Jobs.Delete(jobId);

        time.Advance(TimeSpan.FromDays(1));
        host.RecurringJobs.Trigger(DueTimerSweepJob.JobId);
        var instance = await host.Labs.WaitUntilFinishedAsync(instanceId, SchedulingTestHost.Timeout);

        Assert.True(instance.State.Variables["followedUp"]!.GetValue<bool>());
        var resumed = Assert.Single(await host.JournalAsync(instanceId), e => e.Event == JournalEvent.ActivityResumed);
        Assert.Equal(("wait", WorkflowActors.Timer), (resumed.ActivityId, resumed.Actor));
        Assert.Equal([(jobId, DeletedState.StateName)], await host.TimerJobsOfAsync(timer.Id));
    }
}
