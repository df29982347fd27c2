using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Feedback;

/// <summary>
/// Step statistics of a flow for the project team: every lab run on the flow (one version or all) except cancelled
/// ones. Test runs of drafts run on the engine's throwaway in-memory stores and never reach these stores, so they
/// cannot count. The runs come from <see cref="IStepRunStore"/> (a fixed number of database queries), computed here
/// each time rather than kept as a second, aggregated copy that could drift.
/// </summary>
public sealed class StepStatisticsQuery(
    IStepRunStore runs,
    IFeedbackStore feedback,
    LabAccess access,
    LabCalendar calendar,
    TimeProvider timeProvider)
{
    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone outside the project team.</exception>
    public async Task<FlowStatistics> GetAsync(string flowId, Guid viewerId, int? version, CancellationToken cancellationToken)
    {
        if (!await access.CanDesignFlowsAsync(viewerId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, FeedbackMessages.StatisticsForbidden.With(("flowId", InputErrors.Shortened(flowId))));
        }

        var counted = await runs.ListAsync(flowId, version, cancellationToken);
        var ratings = (await feedback.ListFeedbackByFlowAsync(flowId, cancellationToken)).Where(f => counted.LabIds.Contains(f.LabId));
        return new FlowStatistics(
            flowId, version, counted.Versions, counted.LabIds.Count, StepStatisticsCalculator.Compute(counted.Tasks, ratings, calendar, timeProvider.GetUtcNow()));
    }
}
