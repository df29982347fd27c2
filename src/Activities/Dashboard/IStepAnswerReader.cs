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
}
