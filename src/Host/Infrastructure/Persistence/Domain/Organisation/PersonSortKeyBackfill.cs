using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>
/// Fills <see cref="PersonRow.SortKey"/> of people saved before the column existed (the migration adds it empty), once
/// per database after the migrations (<see cref="StartupSteps.OneTimeStartupSteps"/>). Idempotent: it touches only rows
/// whose key is empty; a name with no letter or digit keeps an empty key.
/// </summary>
internal static class PersonSortKeyBackfill
{
    private const int BatchSize = 500;

    public static async Task RunAsync(LabFlowDbContext db, CancellationToken cancellationToken)
    {
        var afterId = Guid.Empty;
        while (true)
        {
            // Keyset over the id, so names without a key (they stay empty) are not read again in this run.
            var query = db.Set<PersonRow>().AsNoTracking().Where(p => p.SortKey == "" && p.Name != "");
            if (afterId != Guid.Empty)
            {
                var after = afterId;
                query = query.Where(p => p.Id.CompareTo(after) > 0);
            }

            var batch = await query.OrderBy(p => p.Id).Take(BatchSize).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            foreach (var person in batch)
            {
                var key = SwedishSortKey.For(person.Name);
                if (key.Length > 0)
                {
                    await db.Set<PersonRow>()
                        .Where(p => p.Id == person.Id && p.SortKey == "")
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.SortKey, key), cancellationToken);
                }
            }

            if (batch.Count < BatchSize)
            {
                return;
            }

            afterId = batch[^1].Id;
        }
    }

    /// <summary>
    /// PostgreSQL compares text by the database's collation (often a language's, which skips punctuation): the sort
    /// key is made for byte order, so its column compares as "C". SQLite compares bytes by default.
    /// </summary>
    public static void CompareBytesOnPostgreSql(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PersonRow>().Property(p => p.SortKey).UseCollation("C");
}
