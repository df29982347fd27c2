using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// The engine's front door. Bursts of one lab are serialised in this process; across processes the concurrency
/// token decides, and a burst that lost the race is re-run from fresh state.
/// </summary>
internal sealed class WorkflowRuntime(
    WorkflowRunner runner,
    IActivityRegistry registry,
    IWorkflowDefinitionStore definitions,
    IWorkflowInstanceStore instances,
    IBookmarkStore bookmarks,
    IWorkflowBurstReader burstReader,
    IWorkflowCommitStore commitStore,
    LatestVersions latestVersions,
    WorkflowInstanceLocks locks,
    WorkflowRunnerOptions options) : IWorkflowRuntime
{
    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken)
    {
        var instanceId = request.InstanceId ?? RandomIds.NewTimeOrdered();
        for (var attempt = 1; ; attempt++)
        {
            var (definition, latestPublishedAt) = await FindStartableDefinitionAsync(request.DefinitionId, request.Version, cancellationToken);
            var inputs = BuildInputs(definition, request.Inputs);
            var labContext = (JsonObject?)request.LabContext?.DeepClone() ?? [];
            using (await locks.AcquireAsync(instanceId, cancellationToken))
            {
                try
                {
                    var commit = await runner.StartAsync(
                        definition, instanceId, inputs, labContext, request.Actor, request.Effects ?? [], latestPublishedAt, cancellationToken);
                    return ToRunResult(commit);
                }
                catch (LatestVersionChangedException) when (attempt < options.MaxCommitAttempts)
                {
                    // The version seen before is not the latest any more: read the head again.
                    latestVersions.Forget(request.DefinitionId);
                }
            }
        }
    }

    public async Task<ResumeResult> ResumeAsync(Guid bookmarkId, ResumePayload payload, CancellationToken cancellationToken)
    {
        var bookmark = await bookmarks.FindAsync(bookmarkId, cancellationToken);
        if (bookmark is null)
        {
            var consumed = await bookmarks.FindConsumedAsync(bookmarkId, cancellationToken);
            return consumed is null ? NotFound(bookmarkId) : AlreadyConsumed(bookmarkId, consumed.InstanceId, null);
        }

        return await ResumeBookmarkAsync(bookmark.InstanceId, bookmarkId, payload, cancellationToken);
    }

    public async Task<IReadOnlyList<ResumeResult>> SignalAsync(string signal, string? correlation, ResumePayload payload, CancellationToken cancellationToken)
    {
        var waiting = await bookmarks.ListByKeyAsync(BookmarkKinds.Signal, SignalBookmarks.Key(signal, correlation), cancellationToken);
        var results = new List<ResumeResult>(waiting.Count);
        foreach (var bookmark in waiting)
        {
            results.Add(await ResumeBookmarkAsync(bookmark.InstanceId, bookmark.Id, payload, cancellationToken));
        }

        return results;
    }

    public async Task<WorkflowRunResult> CancelAsync(Guid instanceId, string actor, string? reason, CancellationToken cancellationToken)
    {
        using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            return await WithRetriesAsync(
                async () =>
                {
                    // A lab cancelled already (by a concurrent cancel that won, too) refuses: one cancel has one winner.
                    var (instance, open, stored) = await ReadBurstAsync(instanceId, cancellationToken);
                    EnsureNotFinished(instance, "cancel");
                    var definition = RunningDefinition(instance, stored);
                    return ToRunResult(await runner.CancelAsync(definition, instance, open, actor, reason, cancellationToken));
                },
                retryConsumed: _ => true);
        }
    }

    public async Task<WorkflowRunResult> RetryAsync(Guid instanceId, Guid incidentId, string actor, CancellationToken cancellationToken)
    {
        using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            return await WithRetriesAsync(
                async () =>
                {
                    var (instance, open, stored) = await ReadBurstAsync(instanceId, cancellationToken);
                    EnsureNotFinished(instance, "retry");
                    var definition = RunningDefinition(instance, stored);
                    return ToRunResult(await runner.RetryAsync(definition, instance, open, incidentId, actor, cancellationToken));
                },
                retryConsumed: _ => true);
        }
    }

    public async Task<WorkflowRunResult> SkipAsync(Guid instanceId, Guid incidentId, SkipIncidentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            return await WithRetriesAsync(
                async () =>
                {
                    var (instance, open, stored) = await ReadBurstAsync(instanceId, cancellationToken);
                    EnsureNotFinished(instance, "skip");
                    var definition = RunningDefinition(instance, stored);
                    return ToRunResult(await runner.SkipAsync(definition, instance, open, incidentId, request, cancellationToken));
                },
                retryConsumed: _ => true);
        }
    }

    public async Task<IReadOnlyList<string>> ListSkipOutcomesAsync(Guid instanceId, string activityId, CancellationToken cancellationToken)
    {
        var instance = await FindInstanceAsync(instanceId, cancellationToken);
        var definition = await FindRunningDefinitionAsync(instance, cancellationToken);
        return WorkflowRunner.SkipOutcomes(registry, definition, activityId);
    }

    public async Task<WorkflowRunResult> ReplanAsync(Guid instanceId, ReplanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            return await WithRetriesAsync(
                async () =>
                {
                    var (instance, open, stored) = await ReadBurstAsync(instanceId, cancellationToken);
                    EnsureNotFinished(instance, "replan");
                    var definition = RunningDefinition(instance, stored);
                    return ToRunResult(await runner.ReplanAsync(definition, instance, open, request, cancellationToken));
                },
                retryConsumed: _ => true);
        }
    }

    private async Task<ResumeResult> ResumeBookmarkAsync(Guid instanceId, Guid bookmarkId, ResumePayload payload, CancellationToken cancellationToken)
    {
        using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            try
            {
                return await WithRetriesAsync(
                    async () =>
                    {
                        if (await burstReader.ReadAsync(instanceId, cancellationToken) is not { } reads)
                        {
                            return NotFound(bookmarkId);
                        }

                        var (instance, open, stored) = reads;
                        var bookmark = open.FirstOrDefault(b => b.Id == bookmarkId);
                        if (bookmark is null || instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
                        {
                            return AlreadyConsumed(bookmarkId, instanceId, instance.Status);
                        }

                        var definition = RunningDefinition(instance, stored);
                        var commit = await runner.ResumeAsync(definition, instance, open, bookmark, payload, cancellationToken);
                        return new ResumeResult(
                            ResumeOutcome.Resumed,
                            bookmarkId,
                            instanceId,
                            commit.Instance.Status,
                            $"Bookmark {bookmarkId} was resumed; lab {instanceId} is now {commit.Instance.Status}.");
                    },
                    retryConsumed: exception => exception.BookmarkId != bookmarkId);
            }
            catch (BookmarkAlreadyConsumedException exception) when (exception.BookmarkId == bookmarkId)
            {
                return AlreadyConsumed(bookmarkId, instanceId, null);
            }
        }
    }

    /// <summary>Re-runs a burst that lost a race, from fresh state, up to <see cref="WorkflowRunnerOptions.MaxCommitAttempts"/> times.</summary>
    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> burst, Func<BookmarkAlreadyConsumedException, bool> retryConsumed)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await burst();
            }
            catch (ConcurrencyConflictException) when (attempt < options.MaxCommitAttempts)
            {
            }
            catch (BookmarkAlreadyConsumedException exception) when (attempt < options.MaxCommitAttempts && retryConsumed(exception))
            {
                // Another burst closed a bookmark this one closes too: the state it read is stale.
            }
        }
    }

    /// <summary>
    /// The version a start runs on; for the latest, also when it was published, which the commit checks when the store
    /// can (<see cref="IWorkflowCommitStore.ChecksLatestVersion"/>). Then the latest version seen before is used without
    /// reading the flow's head (issue 17: the head's read was a tenth of a durable start's CPU); the commit refuses it
    /// when it is no longer the latest, and <see cref="StartAsync"/> forgets it and reads again.
    /// </summary>
    private async Task<(WorkflowDefinition Definition, DateTimeOffset? LatestPublishedAt)> FindStartableDefinitionAsync(
        string definitionId, int? version, CancellationToken cancellationToken)
    {
        if (version is { } wanted)
        {
            var stored = await definitions.FindVersionAsync(definitionId, wanted, cancellationToken)
                ?? throw new WorkflowException(
                    "definition_not_found",
                    $"Flow '{definitionId}' has no published version {wanted}. Check the flow id and version.");
            if (stored.IsRetracted)
            {
                throw new WorkflowException(
                    "definition_retracted",
                    $"Flow '{definitionId}' version {wanted} is retracted, so no new lab can start on it. Start the latest version instead.");
            }

            return (stored.Definition, null);
        }

        var checks = commitStore.ChecksLatestVersion;
        if (checks && latestVersions.Find(definitionId) is { } seen)
        {
            return (seen.Definition, seen.PublishedAt);
        }

        var latest = await definitions.FindLatestAsync(definitionId, cancellationToken)
            ?? throw new WorkflowException(
                "definition_not_found",
                $"Flow '{definitionId}' has no published version. Publish it before starting a lab.");
        if (!checks)
        {
            return (latest.Definition, null);
        }

        latestVersions.Remember(definitionId, latest);
        return (latest.Definition, latest.PublishedAt);
    }

    private async Task<WorkflowDefinition> FindRunningDefinitionAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        RunningDefinition(instance, await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken));

    private static WorkflowDefinition RunningDefinition(WorkflowInstance instance, StoredWorkflowDefinition? stored) =>
        stored?.Definition
            ?? throw new WorkflowException(
                "definition_not_found",
                $"Lab {instance.Id} runs on flow '{instance.DefinitionId}' version {instance.DefinitionVersion}, which the definition store does not have. Restore that version.");

    private async Task<WorkflowInstance> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await instances.FindAsync(instanceId, cancellationToken)
            ?? throw InstanceNotFound(instanceId);

    /// <summary>The lab, its open bookmarks and its flow version, read together (<see cref="IWorkflowBurstReader"/>).</summary>
    private async Task<BurstReads> ReadBurstAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await burstReader.ReadAsync(instanceId, cancellationToken) ?? throw InstanceNotFound(instanceId);

    private static WorkflowException InstanceNotFound(Guid instanceId) => new("instance_not_found", $"Lab {instanceId} was not found. Check the id.");

    private static void EnsureNotFinished(WorkflowInstance instance, string action)
    {
        if (instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
        {
            var state = instance.Status == WorkflowStatus.Finished ? "has finished" : "was cancelled";
            throw new WorkflowException("instance_ended", $"Lab {instance.Id} {state}, so there is nothing to {action}.");
        }
    }

    /// <summary>Declared inputs checked and defaulted; every missing required input is named at once.</summary>
    private static JsonObject BuildInputs(WorkflowDefinition definition, JsonObject? given)
    {
        var inputs = (JsonObject?)given?.DeepClone() ?? [];
        var missing = new List<string>();
        foreach (var declared in definition.Inputs)
        {
            if (inputs[declared.Name] is not null)
            {
                continue;
            }

            if (declared.Default is not null)
            {
                inputs[declared.Name] = declared.Default.DeepClone();
            }
            else if (declared.Required)
            {
                missing.Add($"'{declared.Name}'");
            }
        }

        return missing.Count == 0
            ? inputs
            : throw new WorkflowException(
                "missing_inputs",
                $"Flow '{definition.Id}' version {definition.Version} cannot start: required inputs are missing: {string.Join(", ", missing)}. Give a value for each.");
    }

    private static WorkflowRunResult ToRunResult(WorkflowCommit commit) =>
        new(commit.Instance.Id, commit.Instance.Status, [.. commit.Instance.State.Incidents]);

    private static ResumeResult NotFound(Guid bookmarkId) =>
        new(ResumeOutcome.NotFound, bookmarkId, null, null, $"Bookmark {bookmarkId} was not found. Check the id; the step may belong to a lab that no longer exists.");

    private static ResumeResult AlreadyConsumed(Guid bookmarkId, Guid instanceId, WorkflowStatus? status) =>
        new(ResumeOutcome.AlreadyConsumed, bookmarkId, instanceId, status, $"Bookmark {bookmarkId} was already resumed or closed; nothing was done.");
}
