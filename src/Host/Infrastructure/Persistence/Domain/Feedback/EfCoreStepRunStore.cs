using LabFlow.Activities.Feedback;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;

/// <summary>
/// The runs step statistics count, in two queries whatever the number of labs: the flow's labs (id, version, status)
/// and, joined to them in the database, the tasks of the counted ones.
/// </summary>
internal sealed class EfCoreStepRunStore(LabFlowDbContext db) : IStepRunStore
{
    private static readonly string Cancelled = nameof(WorkflowStatus.Cancelled);

    public async Task<CountedRuns> ListAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var counted = db.Instances.AsNoTracking().Where(i => i.DefinitionId == definitionId && i.Status != Cancelled);
        var labs = await counted.Select(i => new { i.Id, i.DefinitionVersion }).ToListAsync(cancellationToken);
        var chosen = version is { } wanted ? counted.Where(i => i.DefinitionVersion == wanted) : counted;
        var rows = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => chosen.Any(i => i.Id == t.LabId))
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        return new CountedRuns(
            [.. labs.Select(l => l.DefinitionVersion).Distinct().Order()],
            labs.Where(l => version is null || l.DefinitionVersion == version).Select(l => l.Id).ToHashSet(),
            [.. rows.Select(TaskRows.ToTask)]);
    }
}
