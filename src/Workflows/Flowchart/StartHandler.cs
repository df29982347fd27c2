using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Where the lab begins: completes at once.</summary>
internal sealed class StartHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
