namespace LabFlow.Workflows.Execution;

/// <summary>The base of the engine's exceptions; <see cref="Code"/> is stable for APIs and tests.</summary>
public class WorkflowException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;
}

/// <summary>A commit found the instance changed since the burst read it (another node won the race).</summary>
public sealed class ConcurrencyConflictException(Guid instanceId, long expectedToken)
    : WorkflowException(
        "concurrency_conflict",
        $"Lab instance {instanceId} was changed by someone else while this step ran (expected version {expectedToken}). Reload and try again.")
{
    public Guid InstanceId { get; } = instanceId;
}

/// <summary>A commit tried to consume a bookmark that another burst had already consumed.</summary>
public sealed class BookmarkAlreadyConsumedException(Guid bookmarkId)
    : WorkflowException("bookmark_consumed", $"Bookmark {bookmarkId} was already resumed; this step has already been done.")
{
    public Guid BookmarkId { get; } = bookmarkId;
}
