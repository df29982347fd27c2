using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Feedback;

/// <summary>The in-memory composition's <see cref="IStepRunStore"/>: nothing to save in round trips, so it reads the labs a page at a time and each lab's tasks.</summary>
public sealed class InMemoryStepRunStore(IWorkflowInstanceStore instances, ITaskStore tasks) : IStepRunStore
{
    private const int PageSize = 100;

    public async Task<CountedRuns> ListAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var counted = new List<WorkflowInstance>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await instances.ListAsync(new WorkflowInstanceQuery(DefinitionId: definitionId, Skip: skip, Take: PageSize), cancellationToken);
            counted.AddRange(page.Where(i => i.Status != WorkflowStatus.Cancelled));
            if (page.Count < PageSize)
            {
                break;
            }
        }

        var labs = counted.Where(i => version is null || i.DefinitionVersion == version).Select(i => i.Id).ToHashSet();
        var runs = new List<LabTask>();
        foreach (var labId in labs)
        {
            runs.AddRange(await tasks.ListByLabAsync(labId, cancellationToken));
        }

        return new CountedRuns([.. counted.Select(i => i.DefinitionVersion).Distinct().Order()], labs, runs);
    }
}
