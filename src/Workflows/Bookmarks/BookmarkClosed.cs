using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Bookmarks;

/// <summary>
/// A bookmark was closed without being resumed (the lab ended or was cancelled, a Join Any went on with another
/// branch, its activity completed or faulted). The lab domain closes what it created for the bookmark (a task) on
/// this effect. It is also emitted for a bookmark created and closed in the same burst, which is never stored.
/// </summary>
public sealed record BookmarkClosed(Guid Id, Guid InstanceId, Guid BookmarkId, string ActivityId, string Kind, string Reason) : IWorkflowEffect;
