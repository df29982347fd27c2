using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Ends the whole lab; the runner closes every other branch and bookmark.</summary>
internal sealed class EndHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.EndWorkflow());
}
