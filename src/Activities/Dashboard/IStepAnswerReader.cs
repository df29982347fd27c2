using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Dashboard;

/// <summary>Completed tasks of named steps across labs, for figures that read answers of many labs at once.</summary>
public interface IStepAnswerReader
{
    /// <summary>
    /// Every completed task whose step id is one of <paramref name="activityIds"/>, in any lab; the caller keeps the
    /// labs and steps it wants (a step id means something only within its lab's flow). The database answers in one query.
    /// </summary>
    Task<IReadOnlyList<LabTask>> ListCompletedAsync(IReadOnlyCollection<string> activityIds, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ListCompletedAsync(IReadOnlyCollection{string}, CancellationToken)"/>, only in <paramref name="labIds"/>:
    /// the dashboard shows a bounded number of labs, so a database need not read the answers of every other lab.
    /// </summary>
    async Task<IReadOnlyList<LabTask>> ListCompletedAsync(IReadOnlyCollection<string> activityIds, IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken)
    {
        var labs = labIds.ToHashSet();
        return [.. (await ListCompletedAsync(activityIds, cancellationToken)).Where(t => labs.Contains(t.LabId))];
    }
}
