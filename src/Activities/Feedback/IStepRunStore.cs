namespace LabFlow.Activities.Feedback;

/// <summary>
/// Reads what <see cref="StepStatisticsQuery"/> counts. The database implementation answers in a fixed number of
/// queries however many labs ran the flow, rather than one per lab.
/// </summary>
public interface IStepRunStore
{
    /// <summary>The flow's labs except cancelled ones, and the tasks of those that ran <paramref name="version"/> (every version when <c>null</c>).</summary>
    Task<CountedRuns> ListAsync(string definitionId, int? version, CancellationToken cancellationToken);
}
