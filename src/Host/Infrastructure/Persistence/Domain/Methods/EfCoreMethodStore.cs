using LabFlow.Activities.Methods;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Methods;

/// <summary>The method library in the database: every version of every method, and the ratings.</summary>
internal sealed class EfCoreMethodStore(LabFlowDbContext db) : IMethodStore
{
    private IQueryable<MethodVersionRow> Versions => db.Set<MethodVersionRow>().AsNoTracking();

    public async Task<IReadOnlyList<StoredMethod>> ListLatestAsync(CancellationToken cancellationToken)
    {
        var rows = await Versions
            .Where(v => v.Version == Versions.Where(o => o.MethodId == v.MethodId).Max(o => o.Version))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.MethodId, StringComparer.Ordinal).Select(ToStored)];
    }

    public async Task<StoredMethod?> FindLatestAsync(string methodId, CancellationToken cancellationToken)
    {
        var row = await Versions.Where(v => v.MethodId == methodId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<IReadOnlyList<StoredMethod>> ListVersionsAsync(string methodId, CancellationToken cancellationToken)
    {
        var rows = await Versions.Where(v => v.MethodId == methodId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return [.. rows.Select(ToStored)];
    }

    public async Task<StoredMethod?> AddVersionAsync(LabMethod method, int expectedVersion, string origin, string? contentHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var latest = await Versions.Where(v => v.MethodId == method.Id).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        if (latest != expectedVersion)
        {
            return null;
        }

        var row = new MethodVersionRow
        {
            MethodId = method.Id,
            Version = expectedVersion + 1,
            Json = MethodJson.Serialize(method),
            Origin = origin,
            ContentHash = contentHash,
            CreatedAt = at.ToUniversalTime(),
        };
        db.Add(row);
        try
        {
            await db.SaveAndForgetAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Another writer added this version number first: the caller's version is stale.
            return null;
        }

        return ToStored(row);
    }

    public Task RateAsync(MethodRating rating, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<MethodRatingRow>()
                .Where(r => r.MethodId == rating.MethodId && r.PersonId == rating.PersonId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stars, rating.Stars).SetProperty(r => r.RatedAt, rating.At.ToUniversalTime()), cancellationToken),
            () => db.Add(new MethodRatingRow { MethodId = rating.MethodId, PersonId = rating.PersonId, Stars = rating.Stars, RatedAt = rating.At.ToUniversalTime() }),
            cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> ListStarsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<MethodRatingRow>().AsNoTracking().Select(r => new { r.MethodId, r.Stars }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MethodId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(r => r.Stars)], StringComparer.Ordinal);
    }

    public async Task<MethodRating?> FindRatingAsync(string methodId, Guid personId, CancellationToken cancellationToken)
    {
        var row = await db.Set<MethodRatingRow>().AsNoTracking().FirstOrDefaultAsync(r => r.MethodId == methodId && r.PersonId == personId, cancellationToken);
        return row is null ? null : new MethodRating(row.MethodId, row.PersonId, row.Stars, row.RatedAt);
    }

    private static StoredMethod ToStored(MethodVersionRow row) =>
        new(MethodJson.Read(row.MethodId, row.Json), row.Version, row.Origin, row.ContentHash, row.CreatedAt);
}
