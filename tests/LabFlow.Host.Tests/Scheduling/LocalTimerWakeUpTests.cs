using Hangfire.States;
using LabFlow.Host.Infrastructure.Scheduling;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class LocalTimerWakeUpTests
{
    [Fact]
    public async Task ScheduleTimerAsync_ContinuesLabBeforeHangfirePolls_WhenPollIntervalIsLong()
    {
        // SQLite storage (the shipped default) polled once a minute: Hangfire's scheduler runs once when its server
        // starts and again only a minute later, so only the in-process wake-up can fire the lab's timer on time. The
        // server starts after the host does (a busy machine has taken more than a second), so the lab starts once the
        // server has announced itself and its timer falls due seconds after the scheduler's first pass.
        await using var host = await SchedulingTestHost.StartAsync(storage: null, settings: new Dictionary<string, string?>
        {
            ["LabFlow:Scheduling:PollInterval"] = "00:01:00",
        });
        await host.WaitForServerAsync();
        var instanceId = await host.StartLabAsync(SchedulingFlows.DelayThenContinue("woken", "PT3S"));
        var timer = await host.BookmarkAtAsync(instanceId, "wait");

        var instance = await host.Labs.WaitUntilFinishedAsync(instanceId, SchedulingTestHost.Timeout);

        Assert.True(instance.State.Variables["followedUp"]!.GetValue<bool>());
        // Hangfire has not run the durable job (its workers poll the queue once a minute too), so the wake-up fired the
        // timer; the job still waits, and had this process stopped, it would have fired the timer.
        var (_, state) = Assert.Single(await host.TimerJobsOfAsync(timer.Id));
        Assert.Contains(state, new[] { ScheduledState.StateName, EnqueuedState.StateName });
    }
}
