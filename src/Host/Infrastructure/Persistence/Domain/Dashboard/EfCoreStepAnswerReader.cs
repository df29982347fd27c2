using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;

/// <summary>Completed tasks of the named steps across every lab, in one query (the dashboard keeps the labs it shows).</summary>
internal sealed class EfCoreStepAnswerReader(LabFlowDbContext db) : IStepAnswerReader
{
    private static readonly string Completed = nameof(LabTaskStatus.Completed);

    public async Task<IReadOnlyList<LabTask>> ListCompletedAsync(IReadOnlyCollection<string> activityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        var ids = activityIds.ToList();
        var rows = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => t.Status == Completed && t.ActivityId != null && ids.Contains(t.ActivityId))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(TaskRows.ToTask)];
    }

    public async Task<IReadOnlyList<LabTask>> ListCompletedAsync(IReadOnlyCollection<string> activityIds, IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        ArgumentNullException.ThrowIfNull(labIds);
        var ids = activityIds.ToHashSet(StringComparer.Ordinal);
        var labs = labIds.ToList();
        // The page's labs' completed tasks by the (LabId, CreatedAt) index (a few dozen rows), the steps chosen here:
        // with the steps in the query, SQLite preferred (ActivityId, Status), two equalities against one, and read
        // every completed measurement of every lab (25,000 at 100,000 labs) to keep a page's.
        var rows = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => labs.Contains(t.LabId) && t.Status == Completed)
            .ToListAsync(cancellationToken);
        return [.. rows.Where(t => t.ActivityId is not null && ids.Contains(t.ActivityId)).Select(TaskRows.ToTask)];
    }
}
