using LabFlow.Activities.Labs;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Notifications;

/// <summary>Reads each lab's row and instance once per job run, and says whether notifications may go out for it.</summary>
internal sealed class LabStates(ILabStore labs, IWorkflowInstanceStore instances)
{
    private readonly Dictionary<Guid, (Lab? Lab, LabNotificationState State)> _known = [];

    public async Task<(Lab? Lab, LabNotificationState State)> GetAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(labId, out var known))
        {
            return known;
        }

        var lab = await labs.FindAsync(labId, cancellationToken);
        var instance = await instances.FindAsync(labId, cancellationToken);
        var state = instance?.Status switch
        {
            WorkflowStatus.Cancelled => LabNotificationState.Cancelled,
            null when lab is null => LabNotificationState.Cancelled,
            _ when lab?.Paused == true => LabNotificationState.Paused,
            WorkflowStatus.Finished => LabNotificationState.Finished,
            _ => LabNotificationState.Active,
        };
        _known[labId] = (lab, state);
        return (lab, state);
    }
}
