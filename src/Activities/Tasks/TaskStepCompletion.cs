using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// What happens when a task step's bookmark is resumed: a completion or skip of one of its tasks, or the end of its
/// window (the timer of an "each participant" step). Shared by every task-like step.
/// </summary>
public sealed class TaskStepCompletion(ITaskStore tasks)
{
    internal async ValueTask<ActivityResult> ResumeAsync(
        IActivityContext context, Bookmark bookmark, ResumePayload payload, IReadOnlyList<TaskAction> actions, CancellationToken cancellationToken)
    {
        var defaultOutcome = actions[0].Name;
        var run = bookmark.Data?[TaskPlanner.StepRunKey] is JsonValue r && r.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : (Guid?)null;
        if (bookmark.Kind != TaskKinds.Bookmark)
        {
            // The window closed: the step goes on with what was done; the remaining tasks close with the step.
            context.SetOutput(await AggregateAsync(context, run, null, cancellationToken));
            return ActivityResult.Complete(defaultOutcome);
        }

        var resume = TaskResume.Read(payload.Data);
        if (resume.CloseStep && run is { } closing)
        {
            // A facilitator closed the step: the open tasks are not needed, and the step goes on with what was done.
            await CloseRestAsync(context, closing, null, payload.Actor, resume.Reason ?? "The facilitator closed the step.", cancellationToken);
            context.SetOutput(await AggregateAsync(context, run, null, cancellationToken));
            return ActivityResult.Complete(defaultOutcome);
        }

        var taskId = bookmark.Data?["taskId"] is JsonValue t && t.TryGetValue<string>(out var taskText) && Guid.TryParse(taskText, out var tid) ? tid : resume.TaskId;
        var outcome = resume.Outcome ?? defaultOutcome;
        if (actions.All(a => !string.Equals(a.Name, outcome, StringComparison.Ordinal)))
        {
            return ActivityResult.Fault(
                $"{TaskPlanner.Describe(context)} was completed with action '{outcome}', which it does not have; its actions are {string.Join(", ", actions.Select(a => a.Name))}.");
        }

        if (taskId is null)
        {
            return ActivityResult.Fault($"{TaskPlanner.Describe(context)} was resumed without a task id. This is a fault in LabFlow; report it.");
        }

        // The journal's completion entry names the task, so the lab's timeline links a skip or completion to it by id.
        context.AnnotateCompletion(TaskKinds.JournalTaskId, taskId.Value.ToString());
        if (resume.Skip)
        {
            context.AddEffect(new TaskSkipped(Guid.NewGuid(), taskId.Value, payload.Actor, resume.Reason ?? string.Empty, context.Now));
            context.SetOutput(await AggregateAsync(context, run, null, cancellationToken));
            return ActivityResult.Complete(outcome);
        }

        var answers = (JsonObject?)resume.Answers?.DeepClone() ?? [];
        context.AddEffect(new TaskCompleted(Guid.NewGuid(), taskId.Value, payload.Actor, outcome, answers, context.Now, resume.Doer));
        // The step run's tasks as columns only: the common step has one task, and its JSON is not needed to learn that.
        var siblings = run is null ? [] : await SiblingsAsync(context, run.Value, cancellationToken);
        if (siblings.Count <= 1)
        {
            context.SetOutput(answers);
            return ActivityResult.Complete(outcome);
        }

        var output = await AggregateAsync(context, run, (taskId.Value, payload.Actor, answers), cancellationToken);
        context.SetOutput(output);
        if (!siblings.Any(s => s.IsOpen && s.Id != taskId))
        {
            return ActivityResult.Complete(outcome);
        }

        var done = siblings.Count(s => s.Status == LabTaskStatus.Completed && s.Id != taskId) + 1;
        if (StepQuorum.Needed(context.GetInput(StepQuorum.InputName), siblings.Count) is { } needed && done >= needed)
        {
            await CloseRestAsync(context, run!.Value, taskId, WorkflowActors.System, $"Not needed: {done} of {siblings.Count} were done, the step's quorum is {needed}.", cancellationToken);
            return ActivityResult.Complete(outcome);
        }

        return ActivityResult.Suspend();
    }

    /// <summary>Closes the step's open tasks (but <paramref name="except"/>) as not needed, each with a history entry saying why.</summary>
    private async Task CloseRestAsync(IActivityContext context, Guid run, Guid? except, string actor, string reason, CancellationToken cancellationToken)
    {
        foreach (var open in (await SiblingsAsync(context, run, cancellationToken)).Where(s => s.IsOpen && s.Id != except))
        {
            context.AddEffect(new TaskNotNeeded(Guid.NewGuid(), open.Id, actor, reason, context.Now));
        }
    }

    private Task<IReadOnlyList<StepRunTask>> SiblingsAsync(IActivityContext context, Guid run, CancellationToken cancellationToken) =>
        tasks.ListStepRunTasksAsync(context.InstanceId, run, cancellationToken);

    /// <summary>An "each participant" step's output: <c>{ "responses": [{ "person", …answers }], "completed": n }</c>.</summary>
    private async Task<JsonObject> AggregateAsync(IActivityContext context, Guid? run, (Guid TaskId, string Actor, JsonObject Answers)? current, CancellationToken cancellationToken)
    {
        // The answers are in the tasks' JSON: read whole here, where an "each participant" step aggregates them.
        var siblings = run is null ? [] : await tasks.ListByStepRunAsync(context.InstanceId, run.Value, cancellationToken);
        var responses = new JsonArray();
        foreach (var task in siblings.Where(s => s.Status == LabTaskStatus.Completed && s.Id != current?.TaskId))
        {
            responses.Add(Response(task.AssigneeId?.ToString(), task.Answers));
        }

        if (current is { } c)
        {
            responses.Add(Response(siblings.FirstOrDefault(s => s.Id == c.TaskId)?.AssigneeId?.ToString() ?? c.Actor, c.Answers));
        }

        return new JsonObject { ["responses"] = responses, ["completed"] = responses.Count };
    }

    private static JsonObject Response(string? person, JsonObject? answers)
    {
        var response = new JsonObject { ["person"] = person };
        foreach (var (key, value) in answers ?? [])
        {
            response[key] = value?.DeepClone();
        }

        return response;
    }
}
