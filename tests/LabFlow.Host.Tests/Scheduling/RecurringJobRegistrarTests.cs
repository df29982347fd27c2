using Hangfire;
using Hangfire.Storage;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class RecurringJobRegistrarTests
{
    [Fact]
    public async Task StartAsync_AddsEveryRegisteredRecurringJobToHangfire_WhenHostStarts()
    {
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await SchedulingTestHost.StartAsync(configure: services => services
            .AddSingleton(ran)
            .AddLabFlowRecurringJob<DigestJob>());

        using var connection = host.Storage.GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron, StringComparer.Ordinal);
        host.RecurringJobs.Trigger(DigestJob.JobId);
        await ran.Task.WaitAsync(SchedulingTestHost.Timeout);

        Assert.Equal(
            new Dictionary<string, string> { [DueTimerSweepJob.JobId] = "* * * * *", [DigestJob.JobId] = "0 6 * * *" },
            recurring);
    }

    private sealed class DigestJob(TaskCompletionSource ran) : ILabFlowRecurringJob
    {
        public const string JobId = "test:digest";

        public string Id => JobId;

        public string Cron => "0 6 * * *";

        public Task RunAsync(CancellationToken cancellationToken)
        {
            ran.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
