using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class BookmarkRowConfiguration : IEntityTypeConfiguration<BookmarkRow>
{
    // Both providers accept a double-quoted column name, so one filter serves SQLite and PostgreSQL.
    private const string OpenOnly = "\"ConsumedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<BookmarkRow> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(b => b.Kind).HasMaxLength(RowLimits.KindLength);
        builder.Property(b => b.Key).HasMaxLength(RowLimits.KeyLength);
        builder.HasIndex(b => b.InstanceId);
        builder.HasIndex(b => new { b.Kind, b.Key }).HasFilter(OpenOnly);
        builder.HasIndex(b => new { b.Kind, b.DueAt }).HasFilter(OpenOnly);
    }
}
