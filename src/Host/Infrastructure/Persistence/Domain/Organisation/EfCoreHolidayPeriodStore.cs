using LabFlow.Activities.Time;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>The holiday calendar in the database.</summary>
internal sealed class EfCoreHolidayPeriodStore(LabFlowDbContext db) : IHolidayPeriodStore
{
    public async Task<IReadOnlyList<HolidayPeriod>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<HolidayPeriodRow>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Start).ThenBy(r => r.Id).Select(r => new HolidayPeriod(r.Id, r.Name, r.Start, r.End))];
    }

    public Task SaveAsync(HolidayPeriod period, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<HolidayPeriodRow>()
                .Where(r => r.Id == period.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, period.Name).SetProperty(r => r.Start, period.Start).SetProperty(r => r.End, period.End), cancellationToken),
            () => db.Add(new HolidayPeriodRow { Id = period.Id, Name = period.Name, Start = period.Start, End = period.End }),
            cancellationToken);

    public async Task RemoveAsync(Guid periodId, CancellationToken cancellationToken) =>
        await db.Set<HolidayPeriodRow>().Where(r => r.Id == periodId).ExecuteDeleteAsync(cancellationToken);
}
