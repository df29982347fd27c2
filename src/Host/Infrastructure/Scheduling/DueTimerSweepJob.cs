using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Resumes every timer bookmark that is due, whether or not its Hangfire job still exists: after a crash, a restore
/// or a storage fault, LabFlow's rows say what is due and this sweep makes up for the lost jobs. A timer that its
/// job fires at the same moment is resumed once; the loser finds it consumed.
/// </summary>
internal sealed partial class DueTimerSweepJob(
    IBookmarkStore bookmarks,
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<SchedulingOptions> options,
    ILogger<DueTimerSweepJob> logger) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:timer-sweep";

    private const int BatchSize = 100;

    // Bounds one run (a flow that loops through a zero-length Delay keeps making due timers); the next run goes on.
    private const int MaxBatches = 10;

    public string Id => JobId;

    public string Cron => options.Value.SweepCron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var dueBy = timeProvider.GetUtcNow();
        var resumed = 0;
        var failed = new HashSet<Guid>();
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            // Failed bookmarks stay open and come back first (oldest first); ask for that many more and skip them.
            var take = BatchSize + failed.Count;
            var due = await bookmarks.ListDueTimersAsync(dueBy, take, cancellationToken);
            foreach (var bookmark in due.Where(b => !failed.Contains(b.Id)).ToList())
            {
                switch (await TryFireAsync(bookmark, cancellationToken))
                {
                    case ResumeOutcome.Resumed:
                        resumed++;
                        break;
                    case null:
                        failed.Add(bookmark.Id);
                        break;
                }
            }

            if (due.Count < take)
            {
                break;
            }
        }

        if (resumed > 0 || failed.Count > 0)
        {
            LogSwept(logger, resumed, failed.Count);
        }

        if (failed.Count > 0)
        {
            throw new InvalidOperationException(
                $"The timer sweep could not resume {failed.Count} due timer bookmark(s); the next sweep tries again. The log names each bookmark and its error.");
        }
    }

    private async Task<ResumeOutcome?> TryFireAsync(Bookmark bookmark, CancellationToken cancellationToken)
    {
        try
        {
            // One scope per bookmark: a resume that fails must not leave its unit of work to the next one.
            await using var scope = scopeFactory.CreateAsyncScope();
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            var result = await runtime.ResumeAsync(bookmark.Id, new ResumePayload(null, WorkflowActors.Timer), cancellationToken);
            return result.Outcome;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFireFailed(logger, exception, bookmark.Id, bookmark.InstanceId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer sweep resumed {ResumedCount} due timer bookmark(s); {FailedCount} failed")]
    private static partial void LogSwept(ILogger logger, int resumedCount, int failedCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer sweep could not resume timer bookmark {BookmarkId} of lab {WorkflowInstanceId}")]
    private static partial void LogFireFailed(ILogger logger, Exception exception, Guid bookmarkId, Guid workflowInstanceId);
}
