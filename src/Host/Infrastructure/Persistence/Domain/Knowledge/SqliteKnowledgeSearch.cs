using LabFlow.Host.Infrastructure.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;

/// <summary>
/// The bank's full-text index on SQLite: an FTS5 table of published entries' Swedish stems (<see cref="SwedishStemming"/>),
/// searched with the query's stems. EF Core cannot model a virtual table, so a hand-written SQLite migration creates
/// it (<see cref="Migrations.Sqlite.KnowledgeSearchIndex"/>). Stems are letters and digits only, so quoting each one is a safe MATCH.
/// </summary>
internal sealed class SqliteKnowledgeSearch(LabFlowDbContext db)
{
    public async Task IndexAsync(Guid entryId, string? title, string? text, bool published, CancellationToken cancellationToken)
    {
        var id = entryId.ToString();
        await db.Database.ExecuteSqlAsync($"DELETE FROM KnowledgeSearch WHERE EntryId = {id}", cancellationToken);
        if (published)
        {
            var stems = string.Join(' ', SwedishStemming.Stems(title + " " + text));
            await db.Database.ExecuteSqlAsync($"INSERT INTO KnowledgeSearch (EntryId, Stems) VALUES ({id}, {stems})", cancellationToken);
        }
    }

    /// <summary>
    /// The ids of published entries that hold every searched word (or, with <paramref name="anyWord"/>, any) in one
    /// of its forms (<see cref="SwedishQueryForms"/>), compared as Swedish stems, best first.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> MatchAsync(IReadOnlyList<IReadOnlyList<string>> words, bool anyWord, int limit, CancellationToken cancellationToken)
    {
        var groups = words.Select(forms => "(" + string.Join(" OR ", forms.SelectMany(SwedishStemming.Stems).Distinct(StringComparer.Ordinal).Select(s => $"\"{s}\"")) + ")");
        var match = string.Join(anyWord ? " OR " : " AND ", groups);
        var ids = await db.Database
            .SqlQuery<string>($"SELECT EntryId AS Value FROM KnowledgeSearch WHERE KnowledgeSearch MATCH {match} ORDER BY rank LIMIT {limit}")
            .ToListAsync(cancellationToken);
        return [.. ids.Select(Guid.Parse)];
    }
}
