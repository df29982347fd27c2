using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

// PLACEHOLDER: implemented by the runner work; must not land as is.
internal sealed class StartHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Fault("Start is not implemented yet."));
}
