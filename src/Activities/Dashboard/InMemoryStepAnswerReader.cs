using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Dashboard;

/// <summary>Completed step tasks over the in-memory stores (tests and the engine on its own), one lab at a time.</summary>
public sealed class InMemoryStepAnswerReader(ILabStore labs, ITaskStore tasks) : IStepAnswerReader
{
    public async Task<IReadOnlyList<LabTask>> ListCompletedAsync(IReadOnlyCollection<string> activityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        var result = new List<LabTask>();
        foreach (var lab in await labs.ListAsync(null, cancellationToken))
        {
            result.AddRange((await tasks.ListByLabAsync(lab.Id, cancellationToken))
                .Where(t => t.Status == LabTaskStatus.Completed && t.ActivityId is { } step && activityIds.Contains(step)));
        }

        return result;
    }
}
