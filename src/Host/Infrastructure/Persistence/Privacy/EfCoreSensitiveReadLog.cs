using LabFlow.Activities.Privacy;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

/// <summary>The access log of sensitive steps' answers in the database.</summary>
internal sealed class EfCoreSensitiveReadLog(LabFlowDbContext db) : ISensitiveReadLog
{
    public async Task AddAsync(IReadOnlyList<SensitiveRead> reads, CancellationToken cancellationToken)
    {
        db.AddRange(reads.Select(r => new SensitiveReadRow
        {
            Id = r.Id,
            ReaderId = r.ReaderId,
            TaskId = r.TaskId,
            LabId = r.LabId,
            AdministrationId = r.AdministrationId,
            ActivityId = r.ActivityId,
            At = r.At.ToUniversalTime(),
            Kind = (int)r.Kind,
        }));
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SensitiveRead>> ListAsync(SensitiveReadQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Set<SensitiveReadRow>().AsNoTracking();
        if (query.AdministrationIds is { } administrations)
        {
            rows = rows.Where(r => administrations.Contains(r.AdministrationId));
        }

        if (query.ReaderId is { } reader)
        {
            rows = rows.Where(r => r.ReaderId == reader);
        }

        var found = await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(query.Take).ToListAsync(cancellationToken);
        return [.. found.Select(r => new SensitiveRead(r.Id, r.ReaderId, r.TaskId, r.LabId, r.AdministrationId, r.ActivityId, r.At, (AccessLogKind)r.Kind))];
    }
}
