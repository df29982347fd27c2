using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Feedback;

/// <summary>
/// Step statistics of a flow for the project team: every lab run on the flow (one version or all) except cancelled
/// ones. Test runs of drafts run on the engine's throwaway in-memory stores and never reach these stores, so they
/// cannot count. The labs are read a page at a time; a flow's labs are tens to hundreds, so this reads each lab's
/// tasks in turn rather than keeping a second, aggregated copy that could drift.
/// </summary>
public sealed class StepStatisticsQuery(
    IWorkflowInstanceStore instances,
    ITaskStore tasks,
    IFeedbackStore feedback,
    LabAccess access,
    LabCalendar calendar,
    TimeProvider timeProvider)
{
    /// <summary>How many labs are read per page.</summary>
    private const int PageSize = 100;

    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone outside the project team.</exception>
    public async Task<FlowStatistics> GetAsync(string flowId, Guid viewerId, int? version, CancellationToken cancellationToken)
    {
        if (!await access.CanDesignFlowsAsync(viewerId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, FeedbackMessages.StatisticsForbidden.With(("flowId", InputErrors.Shortened(flowId))));
        }

        var counted = new List<WorkflowInstance>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await instances.ListAsync(new WorkflowInstanceQuery(DefinitionId: flowId, Skip: skip, Take: PageSize), cancellationToken);
            counted.AddRange(page.Where(i => i.Status != WorkflowStatus.Cancelled));
            if (page.Count < PageSize)
            {
                break;
            }
        }

        var versions = counted.Select(i => i.DefinitionVersion).Distinct().Order().ToList();
        var labs = counted.Where(i => version is null || i.DefinitionVersion == version).Select(i => i.Id).ToHashSet();
        var runs = new List<LabTask>();
        foreach (var labId in labs)
        {
            runs.AddRange(await tasks.ListByLabAsync(labId, cancellationToken));
        }

        var ratings = (await feedback.ListFeedbackByFlowAsync(flowId, cancellationToken)).Where(f => labs.Contains(f.LabId));
        return new FlowStatistics(
            flowId, version, versions, labs.Count, StepStatisticsCalculator.Compute(runs, ratings, calendar, timeProvider.GetUtcNow()));
    }
}
