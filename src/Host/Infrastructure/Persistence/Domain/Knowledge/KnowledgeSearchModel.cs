using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;

/// <summary>
/// PostgreSQL's part of the bank's model: a stored generated <c>tsvector</c> of the title and text under the
/// <c>swedish</c> text search configuration (Snowball's Swedish stemmer and stop words), with a GIN index. A shadow
/// property, so the SQLite model (which has no such type) is untouched.
/// </summary>
internal static class KnowledgeSearchModel
{
    public const string SearchVector = "SearchVector";

    public const string Configuration = "swedish";

    public static void AddPostgreSqlSearchVector(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<KnowledgeEntryRow>();
        entry.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql($"to_tsvector('{Configuration}', coalesce(\"Title\", '') || ' ' || coalesce(\"Text\", ''))", stored: true);
        entry.HasIndex(SearchVector).HasMethod("GIN");
    }
}
