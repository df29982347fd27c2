using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// The engine's front door: start a flow, resume a bookmark, send a signal, cancel, retry.
/// Each call is one or more bursts, each committed atomically.
/// </summary>
public interface IWorkflowRuntime
{
    Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken);

    /// <summary>Resumes a bookmark. Resuming a consumed bookmark changes nothing and says so.</summary>
    Task<ResumeResult> ResumeAsync(Guid bookmarkId, ResumePayload payload, CancellationToken cancellationToken);

    /// <summary>Resumes every open signal bookmark for <paramref name="signal"/> (and <paramref name="correlation"/> when given).</summary>
    Task<IReadOnlyList<ResumeResult>> SignalAsync(string signal, string? correlation, ResumePayload payload, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels the lab: every open bookmark is closed and nothing runs any more. A lab that has already finished or
    /// was cancelled (by a cancel that won a race, too) is refused with <c>instance_ended</c>.
    /// </summary>
    Task<WorkflowRunResult> CancelAsync(Guid instanceId, string actor, string? reason, CancellationToken cancellationToken);

    /// <summary>Runs a faulted activity again and continues its branch.</summary>
    Task<WorkflowRunResult> RetryAsync(Guid instanceId, Guid incidentId, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Changes a running lab's plan in one burst: the lab context scripts see as <c>lab</c>, and the due times of its
    /// waiting timers (a moved start date moves follow-ups and closing dates with it). Nothing runs.
    /// </summary>
    Task<WorkflowRunResult> ReplanAsync(Guid instanceId, ReplanRequest request, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IWorkflowRuntime.ReplanAsync"/> changes.</summary>
/// <param name="LabContext">The new <c>lab</c> object; <c>null</c> keeps the current one.</param>
/// <param name="RescheduleTimer">
/// The new due time of a waiting timer bookmark, or <c>null</c> to leave it. A moved timer gets a new bookmark (the old
/// one is closed), so a job scheduled for the old time finds nothing to do.
/// </param>
public sealed record ReplanRequest(
    string Actor,
    JsonObject? LabContext = null,
    Func<Bookmark, DateTimeOffset?>? RescheduleTimer = null,
    string? Reason = null);

/// <summary>Start <see cref="DefinitionId"/> (its latest published version unless <see cref="Version"/> is given).</summary>
public sealed record StartWorkflowRequest(
    string DefinitionId,
    JsonObject? Inputs = null,
    string Actor = WorkflowActors.System,
    int? Version = null,
    JsonObject? LabContext = null,
    Guid? InstanceId = null);

public sealed record WorkflowRunResult(Guid InstanceId, WorkflowStatus Status, IReadOnlyList<Incident> Incidents);

public enum ResumeOutcome
{
    Resumed,

    /// <summary>Someone resumed this bookmark first; nothing was done.</summary>
    AlreadyConsumed,

    NotFound,
}

public sealed record ResumeResult(ResumeOutcome Outcome, Guid BookmarkId, Guid? InstanceId, WorkflowStatus? Status, string Message);
