using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class JournalEntryRowConfiguration : IEntityTypeConfiguration<JournalEntryRow>
{
    public void Configure(EntityTypeBuilder<JournalEntryRow> builder)
    {
        builder.ToTable("WorkflowJournal");
        builder.HasKey(e => new { e.InstanceId, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Event).HasMaxLength(RowLimits.StatusLength);
        builder.Property(e => e.Actor).HasMaxLength(RowLimits.IdLength);
        builder.Property(e => e.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(e => e.Outcome).HasMaxLength(RowLimits.IdLength);
        // No index on the time: every read of the journal is a lab's (its key's prefix), and the one read across labs
        // (a person's data export, by actor) scans the table either way; the index cost every burst 1.4-1.9 WAL
        // pages (issue 17). On SQLite the table is WITHOUT ROWID, one B-tree in key order (migration
        // JournalWithoutRowId: raw SQL, which EF Core's model cannot say; a test guards it against a later rebuild).
    }
}
