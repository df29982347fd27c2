using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

internal sealed class EfCoreWorkflowJournalStore(LabFlowDbContext db) : IWorkflowJournalStore
{
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var rows = await db.Journal.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return [.. rows.Select(RowMapper.ToEntry)];
    }
}
