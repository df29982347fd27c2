using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// Executes bursts of a flowchart with tokens: one start, resume, retry or cancel, run until every branch waits
/// or the lab ends, then committed as one <see cref="WorkflowCommit"/>. Handlers never write to stores.
/// </summary>
internal sealed partial class WorkflowRunner(
    IActivityRegistry registry,
    IActivityHandlerFactory handlerFactory,
    IExpressionEvaluator evaluator,
    IWorkflowCommitStore commitStore,
    TimeProvider timeProvider,
    WorkflowRunnerOptions options,
    ILogger<WorkflowRunner> logger)
{
    public const string StartType = "Start";
    public const string JoinType = "Join";
    private const string JoinModeAny = "Any";
    private static readonly IReadOnlyDictionary<string, Guid> EmptyLineage = new Dictionary<string, Guid>(StringComparer.Ordinal);

    public async Task<WorkflowCommit> StartAsync(
        WorkflowDefinition definition,
        Guid instanceId,
        JsonObject inputs,
        JsonObject labContext,
        string actor,
        IReadOnlyList<IWorkflowEffect> effects,
        DateTimeOffset? latestVersionPublishedAt,
        CancellationToken cancellationToken)
    {
        var variables = new JsonObject();
        foreach (var variable in definition.Variables)
        {
            variables[variable.Name] = variable.Default?.DeepClone();
        }

        var state = new WorkflowState { Inputs = inputs, Variables = variables, LabContext = labContext };
        var burst = new WorkflowBurst(definition, instanceId, null, state, [], actor, timeProvider) { LatestVersionPublishedAt = latestVersionPublishedAt };
        burst.Effects.AddRange(effects);
        var start = definition.Activities.FirstOrDefault(a => string.Equals(a.Type, StartType, StringComparison.Ordinal))
            ?? throw new WorkflowException(
                "no_start_activity",
                $"Flow '{definition.Id}' version {definition.Version} has no Start activity, so a lab cannot start. Add one Start activity.");

        // The lab context it started with, as WorkflowReplanned records each later one: the journal then tells what
        // the lab's plan (its start date) was at any step, which a step that runs again needs (docs/lab-activities.md).
        burst.Record(
            JournalEvent.WorkflowStarted,
            data: new JsonObject { ["definitionId"] = definition.Id, ["version"] = definition.Version, ["lab"] = labContext.DeepClone() });
        burst.Enqueue(new WorkItem(RandomIds.NewGuid(), start.Id, null));
        return await RunAndCommitAsync(burst, cancellationToken);
    }

    public async Task<WorkflowCommit> ResumeAsync(
        WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<Bookmark> openBookmarks, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken)
    {
        var burst = Load(definition, instance, openBookmarks, payload.Actor);
        burst.ConsumeResumed(bookmark);
        var token = burst.State.Tokens.FirstOrDefault(t => t.Id == bookmark.TokenId);
        if (token is not null)
        {
            burst.State.Tokens.Remove(token);
        }

        burst.Record(JournalEvent.ActivityResumed, bookmark.ActivityId, data: new JsonObject { ["bookmarkId"] = bookmark.Id.ToString() });
        var item = new WorkItem(bookmark.TokenId, bookmark.ActivityId, token?.ArrivedFrom, token?.Lineage);
        var activity = burst.Graph.FindActivity(bookmark.ActivityId);
        if (activity is null)
        {
            Fault(burst, item, $"Bookmark {bookmark.Id} belongs to activity '{bookmark.ActivityId}', which flow '{definition.Id}' version {definition.Version} does not have. Cancel the lab or skip the step.");
        }
        else
        {
            burst.Executed++;
            await ExecuteActivityAsync(burst, activity, item, (bookmark, payload), cancellationToken);
        }

        return await RunAndCommitAsync(burst, cancellationToken);
    }

    public async Task<WorkflowCommit> RetryAsync(
        WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<Bookmark> openBookmarks, Guid incidentId, string actor, CancellationToken cancellationToken)
    {
        var burst = Load(definition, instance, openBookmarks, actor);
        var (incident, token) = TakeIncident(burst, incidentId);
        burst.Record(JournalEvent.IncidentRetried, incident.ActivityId, data: new JsonObject { ["incidentId"] = incident.Id.ToString() });
        burst.Enqueue(new WorkItem(incident.TokenId, incident.ActivityId, token?.ArrivedFrom, token?.Lineage));
        return await RunAndCommitAsync(burst, cancellationToken);
    }

    public async Task<WorkflowCommit> SkipAsync(
        WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<Bookmark> openBookmarks, Guid incidentId, SkipIncidentRequest request, CancellationToken cancellationToken)
    {
        var burst = Load(definition, instance, openBookmarks, request.Actor);
        var (incident, token) = TakeIncident(burst, incidentId);
        var outcome = request.EndBranch ? null : SkipOutcome(definition, incident.ActivityId, request.Outcome);
        burst.Record(
            JournalEvent.ActivitySkipped,
            incident.ActivityId,
            outcome: outcome,
            message: request.Reason,
            data: new JsonObject { ["incidentId"] = incident.Id.ToString(), ["endBranch"] = outcome is null });
        if (outcome is not null)
        {
            Continue(burst, incident.ActivityId, [outcome], incident.TokenId, token?.Lineage);
        }

        return await RunAndCommitAsync(burst, cancellationToken);
    }

    public async Task<WorkflowCommit> CancelAsync(
        WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<Bookmark> openBookmarks, string actor, string? reason, CancellationToken cancellationToken)
    {
        var burst = Load(definition, instance, openBookmarks, actor);
        CloseEverything(burst, "Closed because the lab was cancelled.");
        burst.Record(JournalEvent.WorkflowCancelled, message: reason);
        var commit = burst.ToCommit(WorkflowStatus.Cancelled, burst.Now);
        await commitStore.CommitAsync(commit, cancellationToken);
        return commit;
    }

    public async Task<WorkflowCommit> ReplanAsync(
        WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<Bookmark> openBookmarks, ReplanRequest request, CancellationToken cancellationToken)
    {
        var burst = Load(definition, instance, openBookmarks, request.Actor);
        var changes = new JsonObject();
        if (request.LabContext is { } labContext)
        {
            burst.State.LabContext.Clear();
            foreach (var (key, value) in labContext)
            {
                burst.State.LabContext[key] = value?.DeepClone();
            }

            changes["lab"] = labContext.DeepClone();
        }

        if (request.RescheduleTimer is { } reschedule)
        {
            var moved = new JsonArray();
            foreach (var timer in burst.OpenBookmarks.Values.Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt is not null).ToList())
            {
                if (reschedule(timer) is { } dueAt && dueAt != timer.DueAt)
                {
                    var replacement = burst.ReplaceTimer(timer, dueAt);
                    moved.Add(new JsonObject
                    {
                        ["activityId"] = timer.ActivityId,
                        ["from"] = timer.DueAt!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                        ["to"] = replacement.DueAt!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    });
                }
            }

            changes["timers"] = moved;
        }

        burst.Record(JournalEvent.WorkflowReplanned, message: request.Reason, data: changes);
        var status = burst.State.Incidents.Count > 0 ? WorkflowStatus.Faulted : instance.Status;
        var commit = burst.ToCommit(status, instance.FinishedAt);
        await commitStore.CommitAsync(commit, cancellationToken);
        return commit;
    }

    /// <summary>Removes an open incident and its faulted branch from the burst's state, for a retry or a skip.</summary>
    private static (Incident Incident, TokenState? Token) TakeIncident(WorkflowBurst burst, Guid incidentId)
    {
        var incident = burst.State.Incidents.FirstOrDefault(i => i.Id == incidentId)
            ?? throw new WorkflowException(
                "incident_not_found",
                $"Lab {burst.InstanceId} has no open incident {incidentId}; it may have been retried or skipped already. Reload the lab to see its incidents.");

        burst.State.Incidents.Remove(incident);
        var token = burst.State.Tokens.FirstOrDefault(t => t.Id == incident.TokenId);
        if (token is not null)
        {
            burst.State.Tokens.Remove(token);
        }

        return (incident, token);
    }

    /// <summary>
    /// The outcome a skipped activity's branch continues with: the one asked for, which must be one of the activity's
    /// outcomes, else its default (<c>Done</c> or <c>Default</c> when it has one, else its first); <c>null</c> when the
    /// activity has no outcomes (the branch ends).
    /// </summary>
    private string? SkipOutcome(WorkflowDefinition definition, string activityId, string? requested)
    {
        var outcomes = SkipOutcomes(registry, definition, activityId);
        if (requested is null)
        {
            return outcomes.Count == 0 ? null : outcomes[0];
        }

        return outcomes.Contains(requested, StringComparer.Ordinal)
            ? requested
            : throw new WorkflowException(
                "invalid_outcome",
                outcomes.Count == 0
                    ? $"Activity '{activityId}' has no outcomes to continue with, so skipping it can only end its branch. Skip it without an outcome."
                    : $"Activity '{activityId}' has no outcome '{requested}'. Choose one of: {string.Join(", ", outcomes)}; or end the branch.");
    }

    /// <summary>The outcomes a skipped activity's branch can continue with, its default first.</summary>
    public static IReadOnlyList<string> SkipOutcomes(IActivityRegistry registry, WorkflowDefinition definition, string activityId)
    {
        var activity = definition.FindActivity(activityId);
        var outcomes = activity is null ? [] : registry.Find(activity.Type)?.Outcomes.Resolve(activity.Inputs) ?? [];
        var preferred = outcomes.FirstOrDefault(o => o is ConnectionDefinition.DefaultOutcome or "Default") ?? outcomes.FirstOrDefault();
        return preferred is null ? [] : [preferred, .. outcomes.Where(o => !string.Equals(o, preferred, StringComparison.Ordinal))];
    }

    private WorkflowBurst Load(WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<Bookmark> openBookmarks, string actor)
    {
        // A private deep copy: a burst that fails to commit must leave the loaded (possibly store-held) state untouched.
        var state = WorkflowStateCopier.Copy(instance.State);
        return new WorkflowBurst(definition, instance.Id, instance, state, openBookmarks, actor, timeProvider);
    }

    private async Task<WorkflowCommit> RunAndCommitAsync(WorkflowBurst burst, CancellationToken cancellationToken)
    {
        await DrainAsync(burst, cancellationToken);

        WorkflowStatus status;
        DateTimeOffset? finishedAt = null;
        if (burst.Ended)
        {
            status = WorkflowStatus.Finished;
            finishedAt = burst.Now;
        }
        else if (burst.State.Tokens.Count == 0)
        {
            status = WorkflowStatus.Finished;
            finishedAt = burst.Now;
            burst.State.Joins.Clear();
            burst.Record(JournalEvent.WorkflowFinished);
        }
        else
        {
            status = burst.State.Incidents.Count > 0 ? WorkflowStatus.Faulted : WorkflowStatus.Suspended;
        }

        var commit = burst.ToCommit(status, finishedAt);
        await commitStore.CommitAsync(commit, cancellationToken);
        return commit;
    }

    private async Task DrainAsync(WorkflowBurst burst, CancellationToken cancellationToken)
    {
        while (true)
        {
            while (!burst.Ended && burst.Queue.First is { } next)
            {
                burst.Queue.RemoveFirst();
                await StepAsync(burst, next.Value, cancellationToken);
            }

            if (burst.Ended || !FireSettledJoins(burst))
            {
                return;
            }
        }
    }

    private async Task StepAsync(WorkflowBurst burst, WorkItem item, CancellationToken cancellationToken)
    {
        burst.BeginStep();
        var activity = burst.Graph.FindActivity(item.ActivityId);
        if (activity is null)
        {
            Fault(burst, item, $"A connection leads to activity '{item.ActivityId}', which flow '{burst.Definition.Id}' version {burst.Definition.Version} does not have. Fix the flow's connections.");
            return;
        }

        if (burst.Executed >= options.MaxActivitiesPerBurst)
        {
            Fault(burst, item, RunawayMessage(burst, activity));
            return;
        }

        burst.Executed++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(burst.ExecutionCounts, activity.Id, out _)++;
        if (string.Equals(activity.Type, JoinType, StringComparison.Ordinal))
        {
            ArriveAtJoin(burst, activity, item);
            return;
        }

        await ExecuteActivityAsync(burst, activity, item, null, cancellationToken);
    }

    private async Task ExecuteActivityAsync(
        WorkflowBurst burst, ActivityNode activity, WorkItem item, (Bookmark Bookmark, ResumePayload Payload)? resume, CancellationToken cancellationToken)
    {
        var descriptor = registry.Find(activity.Type);
        if (descriptor is null)
        {
            Fault(burst, item, $"Activity '{activity.Id}' has type '{activity.Type}', which LabFlow does not know. Fix the flow or install the activity type.");
            return;
        }

        if (resume is null)
        {
            burst.Record(JournalEvent.ActivityStarted, activity.Id);
        }

        var context = new ActivityContext(burst, activity, descriptor, item.TokenId, burst.Actor, evaluator);
        ActivityResult result;
        try
        {
            var handler = handlerFactory.Create(descriptor);
            result = resume is { } r
                ? await handler.ResumeAsync(context, r.Bookmark, r.Payload, cancellationToken)
                : await handler.ExecuteAsync(context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The activity invoker is the boundary: any failure of a handler becomes an incident, never a crash.
            LogActivityFailed(logger, exception, burst.InstanceId, activity.Id);
            result = ActivityResult.Fault($"Activity '{activity.Id}' failed: {exception.Message}");
        }

        switch (result)
        {
            case CompletedResult completed:
                if (burst.HoldsBookmarks(item.TokenId))
                {
                    burst.CloseBookmarksOf(item.TokenId, $"Closed because activity '{activity.Id}' completed.");
                }

                burst.Record(JournalEvent.ActivityCompleted, activity.Id, outcome: completed.Outcomes.Count == 1 ? completed.Outcomes[0] : string.Join(",", completed.Outcomes), data: context.CompletionData);
                Continue(burst, activity.Id, completed.Outcomes, item.TokenId, item.Lineage);
                break;

            case SuspendedResult when context.CreatedBookmarks.Count == 0 && !burst.OpenBookmarks.Values.Any(b => b.TokenId == item.TokenId):
                context.DiscardEffects();
                Fault(burst, item, $"Activity '{activity.Id}' ({activity.Type}) asked to wait but created nothing to wait for. This is a fault in the activity type; report it.");
                break;

            case SuspendedResult:
                burst.State.Tokens.Add(new TokenState(item.TokenId, activity.Id, TokenStatus.Waiting, item.ArrivedFrom, item.Lineage));
                var waitingOn = new JsonArray([.. burst.OpenBookmarks.Values.Concat(burst.Added)
                    .Where(b => b.TokenId == item.TokenId)
                    .Select(b => JsonValue.Create(b.Id.ToString()))]);
                burst.Record(JournalEvent.ActivitySuspended, activity.Id, data: new JsonObject { ["bookmarks"] = waitingOn });
                break;

            case FaultedResult faulted:
                context.DiscardBookmarks();
                context.DiscardEffects();
                Fault(burst, item, faulted.Message);
                break;

            case EndWorkflowResult:
                context.DiscardBookmarks();
                burst.Record(JournalEvent.ActivityCompleted, activity.Id);
                CloseEverything(burst, $"Closed because the lab ended at '{activity.Id}'.");
                burst.Record(JournalEvent.WorkflowFinished, activity.Id);
                break;

            default:
                Fault(burst, item, $"Activity '{activity.Id}' ({activity.Type}) returned a result the runner does not know ({result.GetType().Name}). This is a fault in the activity type; report it.");
                break;
        }
    }

    /// <summary>One token along every connection of each outcome; the first keeps the branch's token id, all keep its lineage.</summary>
    private static void Continue(WorkflowBurst burst, string activityId, IEnumerable<string> outcomes, Guid tokenId, IReadOnlyDictionary<string, Guid>? lineage)
    {
        var first = true;
        foreach (var outcome in outcomes)
        {
            foreach (var connection in burst.Graph.Outgoing(activityId, outcome))
            {
                burst.Enqueue(new WorkItem(first ? tokenId : RandomIds.NewGuid(), connection.To, burst.Graph.Key(connection), lineage));
                first = false;
            }
        }
    }

    private static void Fault(WorkflowBurst burst, WorkItem item, string message)
    {
        // Retry executes the activity afresh, so whatever the branch still waited on is closed now.
        burst.CloseBookmarksOf(item.TokenId, $"Closed because activity '{item.ActivityId}' faulted; retrying it runs it again.");
        var incident = new Incident(RandomIds.NewGuid(), item.TokenId, item.ActivityId, message, burst.Now);
        burst.State.Incidents.Add(incident);
        burst.State.Tokens.Add(new TokenState(item.TokenId, item.ActivityId, TokenStatus.Faulted, item.ArrivedFrom, item.Lineage));
        burst.Record(JournalEvent.ActivityFaulted, item.ActivityId, message: message, data: new JsonObject { ["incidentId"] = incident.Id.ToString() });
    }

    /// <summary>Ends the lab: every held branch, bookmark, pending join and scheduled step is closed.</summary>
    private static void CloseEverything(WorkflowBurst burst, string reason)
    {
        // Most labs end with nothing held: no copies or LINQ then (every flow that reaches End comes here).
        if (burst.State.Tokens.Count > 0)
        {
            foreach (var token in burst.State.Tokens.ToList())
            {
                burst.CancelToken(token, reason);
            }
        }

        // Bookmarks no token holds any more would otherwise stay open for ever.
        if (burst.OpenBookmarks.Count > 0)
        {
            foreach (var tokenId in burst.OpenBookmarks.Values.Select(b => b.TokenId).Distinct().ToList())
            {
                burst.CloseBookmarksOf(tokenId, reason);
            }
        }

        burst.State.Incidents.Clear();
        burst.State.Joins.Clear();
        burst.Queue.Clear();
        burst.Ended = true;
    }

    private string RunawayMessage(WorkflowBurst burst, ActivityNode current)
    {
        // The activity that decides whether the loop goes round again is the one to fix; name the busiest one.
        var condition = burst.ExecutionCounts
            .Where(c => burst.Graph.FindActivity(c.Key)?.Type is "Decision" or "Switch")
            .OrderByDescending(c => c.Value)
            .Select(c => c.Key)
            .FirstOrDefault() ?? current.Id;
        return $"The lab ran more than {options.MaxActivitiesPerBurst} steps without waiting; a loop may never end. Check the loop's condition in activity '{condition}'.";
    }

    private static void ArriveAtJoin(WorkflowBurst burst, ActivityNode join, WorkItem item)
    {
        var key = item.ArrivedFrom ?? string.Empty;
        var joins = burst.State.Joins;
        joins.TryGetValue(join.Id, out var state);
        if (IsAnyMode(join))
        {
            if (state is { Fired: true } && !CameBackThrough(state, item, key, join.Id))
            {
                // Another branch of this round already went through: this one ends here, and the journal says so.
                burst.Record(
                    JournalEvent.ActivityCancelled,
                    join.Id,
                    message: $"Dropped because Join '{join.Id}' already continued with another branch; it takes a token again once the flow comes back through it.");
                return;
            }

            var firing = RandomIds.NewGuid();
            joins[join.Id] = new JoinState { Arrived = [key], Fired = true, Firing = firing };
            CancelBranchesOnlyReaching(burst, join.Id, key);
            FireJoin(burst, join, item.TokenId, new Dictionary<string, Guid>(item.Lineage ?? EmptyLineage, StringComparer.Ordinal) { [join.Id] = firing });
            return;
        }

        var arrived = state?.Arrived ?? [];
        if (!arrived.Contains(key))
        {
            arrived.Add(key);
        }

        var lineage = MergeLineage(state?.Lineage, item.Lineage);
        if (AllArrived(burst.Graph.InboundKeys(join.Id), arrived))
        {
            joins.Remove(join.Id);
            FireJoin(burst, join, item.TokenId, lineage);
        }
        else
        {
            joins[join.Id] = new JoinState { Arrived = arrived, Lineage = lineage };
        }
    }

    /// <summary>A join's lineage with the arriving token's added; no new dictionary when neither has any.</summary>
    private static Dictionary<string, Guid>? MergeLineage(Dictionary<string, Guid>? joined, IReadOnlyDictionary<string, Guid>? arriving)
    {
        if ((joined is null || joined.Count == 0) && (arriving is null || arriving.Count == 0))
        {
            return joined;
        }

        var lineage = new Dictionary<string, Guid>(joined ?? EmptyLineage, StringComparer.Ordinal);
        foreach (var (anyJoin, firedAs) in arriving ?? EmptyLineage)
        {
            lineage[anyJoin] = firedAs;
        }

        return lineage;
    }

    private static bool AllArrived(string[] inboundKeys, List<string> arrived)
    {
        foreach (var key in inboundKeys)
        {
            if (!arrived.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a token reaches a fired Any join again by coming out of that firing (a loop within or across bursts),
    /// rather than as a late branch of the round that already went through.
    /// </summary>
    private static bool CameBackThrough(JoinState state, WorkItem item, string key, string joinId) =>
        state.Firing is { } firing
            ? item.Lineage is not null && item.Lineage.TryGetValue(joinId, out var firedAs) && firedAs == firing
            : state.Arrived.Contains(key); // state stored before firings were tracked: the rule it was written under

    private static bool IsAnyMode(ActivityNode join) =>
        join.Inputs?["mode"] is JsonValue mode && mode.TryGetValue<string>(out var text) && string.Equals(text, JoinModeAny, StringComparison.Ordinal);

    private static void FireJoin(WorkflowBurst burst, ActivityNode join, Guid tokenId, IReadOnlyDictionary<string, Guid>? lineage)
    {
        burst.Record(JournalEvent.ActivityStarted, join.Id);
        burst.Record(JournalEvent.ActivityCompleted, join.Id, outcome: ConnectionDefinition.DefaultOutcome);
        Continue(burst, join.Id, [ConnectionDefinition.DefaultOutcome], tokenId, lineage);
    }

    /// <summary>Join Any: closes held branches and scheduled steps that could reach the join only through its other inbound connections.</summary>
    private static void CancelBranchesOnlyReaching(WorkflowBurst burst, string joinId, string firedKey)
    {
        var reason = $"Closed because Join '{joinId}' continued with another branch.";
        foreach (var token in burst.State.Tokens.ToList())
        {
            var via = burst.Graph.InboundReachableFrom(token.ActivityId, joinId);
            if (via.Count > 0 && !via.Contains(firedKey))
            {
                burst.CancelToken(token, reason);
            }
        }

        for (var node = burst.Queue.First; node is not null;)
        {
            var next = node.Next;
            var item = node.Value;
            var via = string.Equals(item.ActivityId, joinId, StringComparison.Ordinal)
                ? [item.ArrivedFrom ?? string.Empty]
                : burst.Graph.InboundReachableFrom(item.ActivityId, joinId);
            if (via.Count > 0 && !via.Contains(firedKey))
            {
                burst.Queue.Remove(node);
                burst.Record(JournalEvent.ActivityCancelled, item.ActivityId, message: reason);
            }

            node = next;
        }
    }

    /// <summary>
    /// Runs when nothing is scheduled: resets Any joins nothing can reach through another inbound connection any more,
    /// and fires an All join that nothing still running or waiting can complete. Returns whether a join fired.
    /// </summary>
    private static bool FireSettledJoins(WorkflowBurst burst)
    {
        var joins = burst.State.Joins;
        foreach (var (joinId, state) in joins.Where(j => j.Value.Fired).ToList())
        {
            var others = burst.Graph.InboundKeys(joinId).Where(k => !state.Arrived.Contains(k)).ToHashSet(StringComparer.Ordinal);
            if (!burst.State.Tokens.Any(t => burst.Graph.InboundReachableFrom(t.ActivityId, joinId).Overlaps(others)))
            {
                joins.Remove(joinId);
            }
        }

        var pending = burst.Definition.Activities
            .Where(a => joins.TryGetValue(a.Id, out var s) && !s.Fired && s.Arrived.Count > 0)
            .ToList();

        // Pending joins upstream count as live, so a join downstream waits for them; if joins wait on each other
        // (a loop), the first in the definition fires.
        foreach (var countPendingJoins in new[] { true, false })
        {
            foreach (var join in pending)
            {
                if (!IsBlocked(burst, join.Id, countPendingJoins ? pending.Select(p => p.Id) : []))
                {
                    var lineage = joins[join.Id].Lineage;
                    joins.Remove(join.Id);
                    burst.BeginStep();
                    FireJoin(burst, join, RandomIds.NewGuid(), lineage);
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBlocked(WorkflowBurst burst, string joinId, IEnumerable<string> pendingJoins)
    {
        var arrived = burst.State.Joins[joinId].Arrived;
        var missing = burst.Graph.InboundKeys(joinId).Where(k => !arrived.Contains(k)).ToHashSet(StringComparer.Ordinal);
        var positions = burst.State.Tokens.Select(t => t.ActivityId)
            .Concat(pendingJoins.Where(p => !string.Equals(p, joinId, StringComparison.Ordinal)));
        return positions.Any(p => burst.Graph.InboundReachableFrom(p, joinId).Overlaps(missing));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} of lab {WorkflowInstanceId} failed; an incident was opened")]
    private static partial void LogActivityFailed(ILogger logger, Exception exception, Guid workflowInstanceId, string activityId);
}
