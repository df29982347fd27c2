using Hangfire;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>Adds (or updates) every <see cref="ILabFlowRecurringJob"/> in Hangfire when the Host starts.</summary>
internal sealed partial class RecurringJobRegistrar(
    IServiceScopeFactory scopeFactory,
    IRecurringJobManager recurringJobs,
    ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetServices<ILabFlowRecurringJob>().ToList();
        var duplicates = jobs.GroupBy(j => j.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException(
                $"Two recurring jobs have the same id: {string.Join(", ", duplicates)}. Give each ILabFlowRecurringJob its own Id.");
        }

        foreach (var job in jobs)
        {
            var jobId = job.Id;
            recurringJobs.AddOrUpdate<LabFlowRecurringJobRunner>(
                jobId,
                runner => runner.RunAsync(jobId, CancellationToken.None),
                job.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            LogRegistered(logger, jobId, job.Cron);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring job {RecurringJobId} runs on {Cron} (UTC)")]
    private static partial void LogRegistered(ILogger logger, string recurringJobId, string cron);
}
