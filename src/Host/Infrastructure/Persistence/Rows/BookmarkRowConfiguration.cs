using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class BookmarkRowConfiguration : IEntityTypeConfiguration<BookmarkRow>
{
    // Both providers accept a double-quoted column name, so one filter serves SQLite and PostgreSQL.
    // Each partial index holds only the open bookmarks its query can find: a bookmark outside a filter is never written
    // into that B-tree, so a signal's bookmark no longer costs a page of the timers' index on its insert and again on
    // its consumption (issue 17). The queries' own conditions imply the filters (Key = @key implies Key IS NOT NULL,
    // DueAt <= @due implies DueAt IS NOT NULL), which both SQLite and PostgreSQL check before using a partial index.
    private const string OpenWithKey = "\"ConsumedAt\" IS NULL AND \"Key\" IS NOT NULL";
    private const string OpenWithDueTime = "\"ConsumedAt\" IS NULL AND \"DueAt\" IS NOT NULL";

    public void Configure(EntityTypeBuilder<BookmarkRow> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(b => b.Kind).HasMaxLength(RowLimits.KindLength);
        builder.Property(b => b.Key).HasMaxLength(RowLimits.KeyLength);
        builder.HasIndex(b => b.InstanceId);
        builder.HasIndex(b => new { b.Kind, b.Key }).HasFilter(OpenWithKey);
        builder.HasIndex(b => new { b.Kind, b.DueAt }).HasFilter(OpenWithDueTime);
    }
}
