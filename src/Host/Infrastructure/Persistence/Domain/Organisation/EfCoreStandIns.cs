using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>Stand-in periods in the database, so a period named in Settings survives a restart.</summary>
internal sealed class EfCoreStandIns(LabFlowDbContext db) : IStandIns
{
    private IQueryable<StandInRow> StandIns => db.Set<StandInRow>().AsNoTracking();

    public async Task<StandIn?> GetAsync(Guid personId, CancellationToken cancellationToken)
    {
        var row = await StandIns.FirstOrDefaultAsync(s => s.PersonId == personId, cancellationToken);
        return row is null ? null : ToStandIn(row);
    }

    public Task SetAsync(StandIn standIn, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<StandInRow>()
                .Where(s => s.PersonId == standIn.PersonId)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.StandInId, standIn.StandInId).SetProperty(r => r.From, standIn.From).SetProperty(r => r.To, standIn.To),
                    cancellationToken),
            () => db.Add(new StandInRow { PersonId = standIn.PersonId, StandInId = standIn.StandInId, From = standIn.From, To = standIn.To }),
            cancellationToken);

    public Task RemoveAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Set<StandInRow>().Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<StandIn>> ListCoveringAsync(IReadOnlyCollection<Guid> personIds, DateOnly day, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        var rows = await StandIns.Where(s => ids.Contains(s.PersonId) && s.From <= day && day <= s.To).ToListAsync(cancellationToken);
        return [.. rows.Select(ToStandIn).OrderBy(s => s.PersonId)];
    }

    private static StandIn ToStandIn(StandInRow row) => new(row.PersonId, row.StandInId, row.From, row.To);
}
