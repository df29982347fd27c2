using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>Lab rows; an update is a conditional UPDATE on the version, so the database decides every race.</summary>
internal sealed class EfCoreLabStore(LabFlowDbContext db) : ILabStore
{
    private IQueryable<LabRow> Labs => db.Set<LabRow>().AsNoTracking();

    // Read by every burst that creates a task and by most task requests: compiled once per model (issue 17).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, CancellationToken, Task<LabRow?>>> FindRow = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid labId, CancellationToken _) =>
            db.Set<LabRow>().AsNoTracking().FirstOrDefault(l => l.Id == labId)));

    public async Task<Lab?> FindAsync(Guid labId, CancellationToken cancellationToken)
    {
        var row = await FindRow.For(db)(db, labId, cancellationToken);
        return row is null ? null : ToLab(row);
    }

    public async Task<IReadOnlyList<Lab>> ListAsync(string? administrationId, CancellationToken cancellationToken)
    {
        var rows = await Labs
            .Where(l => administrationId == null || l.AdministrationId == administrationId)
            .OrderByDescending(l => l.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToLab)];
    }

    public async Task AddAsync(Lab lab, CancellationToken cancellationToken)
    {
        db.Add(ToRow(lab with { Version = 1 }));
        try
        {
            await db.SaveAndForgetAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            throw new LabDomainException("lab_exists", LabMessages.Exists.With(("labId", lab.Id)));
        }
    }

    public async Task<Lab> UpdateAsync(Lab lab, long expectedVersion, CancellationToken cancellationToken)
    {
        var updated = lab with { Version = expectedVersion + 1 };
        var row = ToRow(updated);
        var changed = await db.Set<LabRow>()
            .Where(l => l.Id == lab.Id && l.Version == expectedVersion)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(l => l.DefinitionId, row.DefinitionId)
                    .SetProperty(l => l.Title, row.Title)
                    .SetProperty(l => l.AdministrationId, row.AdministrationId)
                    .SetProperty(l => l.Challenge, row.Challenge)
                    .SetProperty(l => l.TargetAreas, row.TargetAreas)
                    .SetProperty(l => l.People, row.People)
                    .SetProperty(l => l.StartDate, row.StartDate)
                    .SetProperty(l => l.Paused, row.Paused)
                    .SetProperty(l => l.CreatedAt, row.CreatedAt)
                    .SetProperty(l => l.CreatedBy, row.CreatedBy)
                    .SetProperty(l => l.Version, row.Version),
                cancellationToken);
        return changed == 1 ? updated : throw LabDomainException.LabConflict(lab.Id);
    }

    public Task RemoveAsync(Guid labId, CancellationToken cancellationToken) =>
        db.Set<LabRow>().Where(l => l.Id == labId).ExecuteDeleteAsync(cancellationToken);

    internal static LabRow ToRow(Lab lab) => new()
    {
        Id = lab.Id,
        DefinitionId = lab.DefinitionId,
        Title = lab.Title,
        AdministrationId = lab.AdministrationId,
        Challenge = lab.Challenge,
        TargetAreas = DomainJson.Serialize(lab.TargetAreas),
        People = DomainJson.Serialize(lab.People),
        StartDate = lab.StartDate,
        Paused = lab.Paused,
        CreatedAt = lab.CreatedAt.ToUniversalTime(),
        CreatedBy = lab.CreatedBy,
        Version = lab.Version,
    };

    internal static Lab ToLab(LabRow row) => new(
        row.Id,
        row.DefinitionId,
        row.Title,
        row.AdministrationId,
        row.Challenge,
        DomainJson.Deserialize<List<string>>(row.TargetAreas),
        DomainJson.Deserialize<List<LabMember>>(row.People),
        row.StartDate,
        row.Paused,
        row.CreatedAt,
        row.CreatedBy,
        row.Version);
}
