using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>
/// The runner merges branches at a Join itself (it needs the lab's tokens and the graph); this handler only
/// runs if a Join is executed outside the runner and then just passes the token on.
/// </summary>
internal sealed class JoinHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
