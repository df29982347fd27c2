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

/// <summary>
/// A start's commit found that the version it ran on is no longer its flow's latest (another version was published,
/// or this one retracted, since the start was told it is the latest); the runtime starts it again on a fresh read.
/// </summary>
public sealed class LatestVersionChangedException(string definitionId, int version)
    : WorkflowException(
        "latest_version_changed",
        $"Flow '{definitionId}' version {version} is no longer the latest published version. Start the lab again.")
{
    public string DefinitionId { get; } = definitionId;
}

/// <summary>A commit tried to consume a bookmark that another burst had already consumed.</summary>
public sealed class BookmarkAlreadyConsumedException(Guid bookmarkId)
    : WorkflowException("bookmark_consumed", $"Bookmark {bookmarkId} was already resumed; this step has already been done.")
{
    public Guid BookmarkId { get; } = bookmarkId;
}
