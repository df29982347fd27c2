using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Activities.Tasks;

/// <summary>Creates the step's task(s) and waits until they are completed; the chosen action is the outcome.</summary>
internal sealed class UserTaskHandler(TaskPlanner planner, TaskStepCompletion completion) : IActivityHandler
{
    public async ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            await planner.CreateTasksAsync(context, "assignee", TaskPlanner.ReadActions(context), cancellationToken);
            return ActivityResult.Suspend();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }

    public ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken) =>
        completion.ResumeAsync(context, bookmark, payload, TaskPlanner.ReadActions(context), cancellationToken);
}
