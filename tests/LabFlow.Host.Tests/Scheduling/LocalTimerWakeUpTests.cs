using Hangfire.States;
using LabFlow.Host.Infrastructure.Scheduling;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class LocalTimerWakeUpTests
{
    [Fact]
    public async Task ScheduleTimerAsync_ContinuesLabBeforeHangfirePolls_WhenPollIntervalIsLong()
    {
        // SQLite storage (the shipped default) polled once a minute: Hangfire's scheduler ran at start-up and runs
        // again only after the lab's one-second timer is long due, so only the in-process wake-up can fire it.
        await using var host = await SchedulingTestHost.StartAsync(storage: null, settings: new Dictionary<string, string?>
        {
            ["LabFlow:Scheduling:PollInterval"] = "00:01:00",
        });
        var instanceId = await host.StartLabAsync(SchedulingFlows.DelayThenContinue("woken", "PT1S"));
        var timer = await host.BookmarkAtAsync(instanceId, "wait");

        var instance = await host.Labs.WaitUntilFinishedAsync(instanceId, SchedulingTestHost.Timeout);

        Assert.True(instance.State.Variables["followedUp"]!.GetValue<bool>());
        // The durable job is still waiting in Hangfire: had this process stopped, it would have fired the timer.
        var (_, state) = Assert.Single(host.TimerJobsOf(timer.Id));
        Assert.Equal(ScheduledState.StateName, state);
    }
}
