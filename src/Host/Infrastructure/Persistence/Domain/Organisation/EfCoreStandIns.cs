using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>Stand-in periods in the database, so a period named in Settings survives a restart.</summary>
internal sealed class EfCoreStandIns(LabFlowDbContext db) : IStandIns
{
    private IQueryable<StandInRow> StandIns => db.Set<StandInRow>().AsNoTracking();

    // Asked for every new task (its doers), mostly answering "nobody": compiled once per model (issue 17).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid[], DateOnly, IAsyncEnumerable<StandInRow>>> CoveringRows = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid[] ids, DateOnly day) =>
            db.Set<StandInRow>().AsNoTracking().Where(s => ids.Contains(s.PersonId) && s.From <= day && day <= s.To)));

    // Up to eight people as scalar parameters, so EF Core reuses their SQL (IdParameters).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, DateOnly, IAsyncEnumerable<StandInRow>>> CoveringOne = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid id, DateOnly day) =>
            db.Set<StandInRow>().AsNoTracking().Where(s => s.PersonId == id && s.From <= day && day <= s.To)));

    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, Guid, Guid, Guid, DateOnly, IAsyncEnumerable<StandInRow>>> CoveringFour = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid a, Guid b, Guid c, Guid d, DateOnly day) =>
            db.Set<StandInRow>().AsNoTracking().Where(s => new[] { a, b, c, d }.Contains(s.PersonId) && s.From <= day && day <= s.To)));

    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, Guid, Guid, Guid, Guid, Guid, Guid, Guid, DateOnly, IAsyncEnumerable<StandInRow>>> CoveringEight = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid a, Guid b, Guid c, Guid d, Guid e, Guid f, Guid g, Guid h, DateOnly day) =>
            db.Set<StandInRow>().AsNoTracking().Where(s => new[] { a, b, c, d, e, f, g, h }.Contains(s.PersonId) && s.From <= day && day <= s.To)));

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
        var covering = new List<StandIn>();
        var rows = new IdParameters(personIds).Read(
            id => CoveringOne.For(db)(db, id, day),
            (a, b, c, d) => CoveringFour.For(db)(db, a, b, c, d, day),
            (a, b, c, d, e, f, g, h) => CoveringEight.For(db)(db, a, b, c, d, e, f, g, h, day),
            ids => CoveringRows.For(db)(db, ids, day));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            covering.Add(ToStandIn(row));
        }

        return [.. covering.OrderBy(s => s.PersonId)];
    }

    private static StandIn ToStandIn(StandInRow row) => new(row.PersonId, row.StandInId, row.From, row.To);
}
