using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>Stand-in periods in the database, so a period named in Settings survives a restart.</summary>
internal sealed class EfCoreStandIns(LabFlowDbContext db, WorkflowConnection connection) : IStandIns
{
    private IQueryable<StandInRow> StandIns => db.Set<StandInRow>().AsNoTracking();

    // Asked for every new task (its doers), mostly answering "nobody": plain commands on the people's key (issue 17,
    // session 18: EF Core's compiled queries spent most of this read's cost in their pipeline).
    private static readonly IdListQuery CoveringByPerson = new(
        "SELECT \"PersonId\", \"StandInId\", \"From\", \"To\" FROM \"StandIns\" WHERE \"PersonId\" IN ", " AND \"From\" <= @day AND @day <= \"To\"");

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
        var covering = await CoveringByPerson.ListAsync(
            connection,
            db,
            personIds,
            command => command.With(db, "day", day),
            reader => new StandIn(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3)),
            cancellationToken);
        return [.. covering.OrderBy(s => s.PersonId)];
    }

    private static StandIn ToStandIn(StandInRow row) => new(row.PersonId, row.StandInId, row.From, row.To);
}
