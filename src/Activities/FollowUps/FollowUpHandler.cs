using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.FollowUps;

/// <summary>
/// A follow-up months later: waits on a timer until 08:00 Stockholm time on <c>at</c>, then creates the follow-up
/// task and waits for it. Skipping it while it waits goes on without a task.
/// </summary>
internal sealed class FollowUpHandler(TaskPlanner planner, TaskStepCompletion completion) : IActivityHandler
{
    private static readonly IReadOnlyList<TaskAction> Actions = [new(ConnectionDefinition.DefaultOutcome, LocalizedText.Of("Klar", "Done"))];

    /// <summary>The timer data key holding how far this run's dates moved (a follow-up that runs again).</summary>
    private const string ShiftDaysKey = "shiftDays";

    public async ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            var scope = await planner.ReadScopeAsync(context, cancellationToken);
            var at = planner.ResolveDate(context, scope, "at")
                ?? throw new StepConfigurationException($"{TaskPlanner.Describe(context)} needs 'at', the date the follow-up task appears.");
            // The run is measured now: when the timer fires, this run's own start is in the journal and would look like a first run's.
            var data = scope.Run.Repeated ? new JsonObject { [ShiftDaysKey] = scope.Run.ShiftDays } : null;
            context.CreateBookmark(BookmarkKinds.Timer, data: data, dueAt: planner.Calendar.MorningOf(at));
            return ActivityResult.Suspend();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }

    public async ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken)
    {
        if (bookmark.Kind != BookmarkKinds.Timer)
        {
            return await completion.ResumeAsync(context, bookmark, payload, Actions, cancellationToken);
        }

        if (TaskResume.Read(payload.Data).Skip)
        {
            return ActivityResult.Complete();
        }

        try
        {
            var run = bookmark.Data?[ShiftDaysKey] is JsonValue shift && shift.TryGetValue<int>(out var days) ? new StepRun(true, days) : StepRun.First;
            await planner.CreateTasksAsync(context, "assignee", Actions, cancellationToken, run: run);
            return ActivityResult.Suspend();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }
}
