using LabFlow.Activities.Knowledge;
using LabFlow.Host.Infrastructure.Knowledge;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;

/// <summary>
/// The knowledge bank in the database, with Swedish full-text search on each provider: PostgreSQL matches the
/// generated <c>tsvector</c> (<see cref="KnowledgeSearchModel"/>) with the query under the same <c>swedish</c>
/// configuration; SQLite matches the FTS5 index of stems (<see cref="SqliteKnowledgeSearch"/>). Filters and the
/// published-only rule are applied in the same query on both.
/// </summary>
internal sealed class EfCoreKnowledgeStore(LabFlowDbContext db, SqliteKnowledgeSearch sqlite) : IKnowledgeStore
{
    private bool IsPostgreSql => db.Database.IsNpgsql();

    private IQueryable<KnowledgeEntryRow> Entries => db.Set<KnowledgeEntryRow>().AsNoTracking();

    public async Task AddAsync(KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        db.Add(KnowledgeRows.ToRow(entry));
        await db.SaveAndForgetAsync(cancellationToken);
        await IndexAsync(entry, cancellationToken);
    }

    public async Task<KnowledgeEntry?> FindAsync(Guid entryId, CancellationToken cancellationToken) =>
        await Entries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken) is { } row ? KnowledgeRows.ToEntry(row) : null;

    public async Task UpdateAsync(KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        var row = KnowledgeRows.ToRow(entry);
        await db.Set<KnowledgeEntryRow>().Where(e => e.Id == entry.Id).ExecuteUpdateAsync(
            e => e.SetProperty(r => r.Kind, row.Kind)
                .SetProperty(r => r.Title, row.Title)
                .SetProperty(r => r.Text, row.Text)
                .SetProperty(r => r.Phase, row.Phase)
                .SetProperty(r => r.TargetAreas, row.TargetAreas)
                .SetProperty(r => r.Grounds, row.Grounds)
                .SetProperty(r => r.PublishedAt, row.PublishedAt)
                .SetProperty(r => r.PublishedBy, row.PublishedBy),
            cancellationToken);
        await IndexAsync(entry, cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeEntry>> ListByLabAsync(Guid labId, CancellationToken cancellationToken) =>
        [.. (await Entries.Where(e => e.LabId == labId).OrderByDescending(e => e.CreatedAt).ToListAsync(cancellationToken)).Select(KnowledgeRows.ToEntry)];

    public async Task<IReadOnlyList<KnowledgeEntry>> ListByPersonAsync(Guid personId, CancellationToken cancellationToken) =>
        await ListAsync(Entries.Where(e => e.CreatedBy == personId || e.PublishedBy == personId).OrderByDescending(e => e.CreatedAt), cancellationToken);

    public async Task<IReadOnlyList<KnowledgeEntry>> SearchAsync(KnowledgeSearchQuery query, int limit, CancellationToken cancellationToken)
    {
        var rows = Filtered(query);
        var words = SwedishQueryForms.Of(query.Text);
        if (words.Count == 0)
        {
            return await ListAsync(rows.OrderByDescending(e => e.PublishedAt).Take(limit), cancellationToken);
        }

        if (IsPostgreSql)
        {
            // Forms are letters and digits only, so this is a well-formed tsquery: (form | form) & (form) …, each
            // form stemmed by PostgreSQL's swedish configuration.
            var terms = string.Join(query.AnyWord ? " | " : " & ", words.Select(forms => "(" + string.Join(" | ", forms) + ")"));
            return await ListAsync(
                rows.Where(e => EF.Property<NpgsqlTsVector>(e, KnowledgeSearchModel.SearchVector).Matches(EF.Functions.ToTsQuery(KnowledgeSearchModel.Configuration, terms)))
                    .OrderByDescending(e => EF.Property<NpgsqlTsVector>(e, KnowledgeSearchModel.SearchVector).Rank(EF.Functions.ToTsQuery(KnowledgeSearchModel.Configuration, terms)))
                    .ThenByDescending(e => e.PublishedAt)
                    .Take(limit),
                cancellationToken);
        }

        // The index holds published entries only; the filters then run on the rows. Its cap is wide so that filters
        // that leave few of many matches still find them.
        var ranked = await sqlite.MatchAsync(words, query.AnyWord, limit * 20, cancellationToken);
        var found = await ListAsync(rows.Where(e => ranked.Contains(e.Id)), cancellationToken);
        var order = ranked.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return [.. found.OrderBy(e => order[e.Id]).Take(limit)];
    }

    private IQueryable<KnowledgeEntryRow> Filtered(KnowledgeSearchQuery query)
    {
        var rows = Entries.Where(e => e.PublishedAt != null);
        if (query.TargetArea is { Length: > 0 } area)
        {
            var tag = KnowledgeRows.Tag(area);
            rows = rows.Where(e => e.TargetAreas.Contains(tag));
        }

        if (query.Ground is { Length: > 0 } ground)
        {
            var tag = KnowledgeRows.Tag(ground);
            rows = rows.Where(e => e.Grounds.Contains(tag));
        }

        if (query.AdministrationId is { Length: > 0 } administration)
        {
            rows = rows.Where(e => e.AdministrationId == administration);
        }

        if (query.Phase is { Length: > 0 } phase)
        {
            rows = rows.Where(e => e.Phase == phase);
        }

        if (query.Year is { } year)
        {
            rows = rows.Where(e => e.Year == year);
        }

        if (query.Kind is { } kind)
        {
            var name = kind.ToString();
            rows = rows.Where(e => e.Kind == name);
        }

        return rows;
    }

    private static async Task<IReadOnlyList<KnowledgeEntry>> ListAsync(IQueryable<KnowledgeEntryRow> rows, CancellationToken cancellationToken) =>
        [.. (await rows.ToListAsync(cancellationToken)).Select(KnowledgeRows.ToEntry)];

    private Task IndexAsync(KnowledgeEntry entry, CancellationToken cancellationToken) =>
        IsPostgreSql ? Task.CompletedTask : sqlite.IndexAsync(entry.Id, entry.Title, entry.Text, entry.IsPublished, cancellationToken);
}
