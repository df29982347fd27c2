using Hangfire;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// The one Hangfire entry point of every <see cref="ILabFlowRecurringJob"/>: Hangfire stores only the job's id, so a
/// job's class can change without leaving stale serialized calls in Hangfire's storage.
/// </summary>
internal sealed partial class LabFlowRecurringJobRunner(
    IEnumerable<ILabFlowRecurringJob> jobs,
    IRecurringJobManager recurringJobs,
    ILogger<LabFlowRecurringJobRunner> logger)
{
    // The next occurrence is the retry; Hangfire's retries on top would pile up runs of the same sweep.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = jobs.FirstOrDefault(j => string.Equals(j.Id, jobId, StringComparison.Ordinal));
        if (job is null)
        {
            // Registered by an older version of LabFlow and no longer part of it.
            LogRemoved(logger, jobId);
            recurringJobs.RemoveIfExists(jobId);
            return;
        }

        await job.RunAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring job {RecurringJobId} is no longer registered in LabFlow; removed it from Hangfire")]
    private static partial void LogRemoved(ILogger logger, string recurringJobId);
}
