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
    /// Skips a faulted activity instead of running it again: the incident is closed and the branch continues with
    /// <see cref="SkipIncidentRequest.Outcome"/> (the activity's default outcome when none is given) or ends there.
    /// The journal records an <c>ActivitySkipped</c> entry with the actor and the reason. An incident that is no longer
    /// open (retried or skipped already) throws <see cref="WorkflowException"/> with code <c>incident_not_found</c>;
    /// an outcome the activity does not have, <c>invalid_outcome</c>.
    /// </summary>
    Task<WorkflowRunResult> SkipAsync(Guid instanceId, Guid incidentId, SkipIncidentRequest request, CancellationToken cancellationToken);

    /// <summary>The outcomes a skip of <paramref name="activityId"/> in lab <paramref name="instanceId"/> can continue with, its default first; empty when the branch can only end.</summary>
    Task<IReadOnlyList<string>> ListSkipOutcomesAsync(Guid instanceId, string activityId, CancellationToken cancellationToken);

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

/// <summary>How <see cref="IWorkflowRuntime.SkipAsync"/> goes on after the skipped activity.</summary>
/// <param name="Actor">Who skipped it, for the journal.</param>
/// <param name="Reason">Why, for the journal (the lab's timeline).</param>
/// <param name="Outcome">The outcome to continue with; <c>null</c> for the activity's default.</param>
/// <param name="EndBranch">End the branch at the skipped activity instead of continuing (<see cref="Outcome"/> is then ignored).</param>
public sealed record SkipIncidentRequest(string Actor, string? Reason, string? Outcome = null, bool EndBranch = false);

/// <summary>Start <see cref="DefinitionId"/> (its latest published version unless <see cref="Version"/> is given).</summary>
/// <param name="Effects">
/// Domain rows that exist only with the flow (the lab row of a launch): the start burst commits them in its own
/// transaction, before the effects its activities add, so they are written with the instance or not at all. Nothing is
/// written when the start is refused (unknown flow, missing inputs).
/// </param>
public sealed record StartWorkflowRequest(
    string DefinitionId,
    JsonObject? Inputs = null,
    string Actor = WorkflowActors.System,
    int? Version = null,
    JsonObject? LabContext = null,
    Guid? InstanceId = null,
    IReadOnlyList<IWorkflowEffect>? Effects = null);

public sealed record WorkflowRunResult(Guid InstanceId, WorkflowStatus Status, IReadOnlyList<Incident> Incidents);

public enum ResumeOutcome
{
    Resumed,

    /// <summary>Someone resumed this bookmark first; nothing was done.</summary>
    AlreadyConsumed,

    NotFound,
}

public sealed record ResumeResult(ResumeOutcome Outcome, Guid BookmarkId, Guid? InstanceId, WorkflowStatus? Status, string Message);
