using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

internal sealed class EfCoreWorkflowInstanceStore(LabFlowDbContext db) : IWorkflowInstanceStore
{
    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var row = await db.Instances.AsNoTracking().Include(i => i.Phases).FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return row is null ? null : RowMapper.ToInstance(row);
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Instances.AsNoTracking();
        if (query.DefinitionId is { } definitionId)
        {
            rows = rows.Where(i => i.DefinitionId == definitionId);
        }

        if (query.Status is { } status)
        {
            var statusText = status.ToString();
            rows = rows.Where(i => i.Status == statusText);
        }

        if (query.ActivePhase is { } phase)
        {
            rows = rows.Where(i => i.Phases.Any(p => p.Phase == phase));
        }

        var page = await rows
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Skip(query.Skip)
            .Take(query.Take)
            .Include(i => i.Phases)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. page.Select(RowMapper.ToInstance)];
    }
}
