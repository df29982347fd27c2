using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>A decision at the end of a phase: the approver approves (the lab goes on) or sends the work back.</summary>
internal sealed class PhaseGateHandler(TaskPlanner planner, TaskStepCompletion completion) : IActivityHandler
{
    public const string Approve = "Approve";
    public const string SendBack = "SendBack";

    public static IReadOnlyList<TaskAction> Actions { get; } =
    [
        new(Approve, LocalizedText.Of("Godkänn", "Approve")),
        new(SendBack, LocalizedText.Of("Skicka tillbaka", "Send back")),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            await planner.CreateTasksAsync(context, "approver", Actions, cancellationToken);
            return ActivityResult.Suspend();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }

    public ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken) =>
        completion.ResumeAsync(context, bookmark, payload, Actions, cancellationToken);
}
