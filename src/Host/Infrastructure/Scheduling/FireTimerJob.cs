using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// The Hangfire job that fires one timer bookmark. Hangfire's ASP.NET Core job activator creates a DI scope per
/// job, so the runtime and its stores are this job's own. Hangfire runs a job at least once: a second run finds
/// the bookmark consumed and succeeds without doing anything. A run that throws is retried by Hangfire.
/// </summary>
internal sealed partial class FireTimerJob(IWorkflowRuntime runtime, ILogger<FireTimerJob> logger)
{
    public async Task RunAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var result = await runtime.ResumeAsync(bookmarkId, new ResumePayload(null, WorkflowActors.Timer), cancellationToken);
        switch (result.Outcome)
        {
            case ResumeOutcome.Resumed:
                LogFired(logger, bookmarkId, result.InstanceId, result.Status);
                break;
            case ResumeOutcome.AlreadyConsumed:
                LogAlreadyConsumed(logger, bookmarkId, result.InstanceId);
                break;
            default:
                // A timer of a lab that was removed, or a bookmark from a store that forgets consumed ones.
                LogNotFound(logger, bookmarkId);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer bookmark {BookmarkId} fired; lab {WorkflowInstanceId} is {WorkflowStatus}")]
    private static partial void LogFired(ILogger logger, Guid bookmarkId, Guid? workflowInstanceId, WorkflowStatus? workflowStatus);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer bookmark {BookmarkId} of lab {WorkflowInstanceId} was already resumed or closed; nothing to do")]
    private static partial void LogAlreadyConsumed(ILogger logger, Guid bookmarkId, Guid? workflowInstanceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer bookmark {BookmarkId} no longer exists; nothing to do")]
    private static partial void LogNotFound(ILogger logger, Guid bookmarkId);
}
