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
        var ids = activityIds.ToList();
        var labs = labIds.ToList();
        var rows = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => t.Status == Completed && t.ActivityId != null && ids.Contains(t.ActivityId) && labs.Contains(t.LabId))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(TaskRows.ToTask)];
    }
}
