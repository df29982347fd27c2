using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

internal sealed class LabRowConfiguration : IEntityTypeConfiguration<LabRow>
{
    public void Configure(EntityTypeBuilder<LabRow> builder)
    {
        builder.ToTable("Labs");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.DefinitionId).HasMaxLength(RowLimits.IdLength);
        builder.Property(l => l.Title).HasMaxLength(RowLimits.KeyLength);
        builder.Property(l => l.AdministrationId).HasMaxLength(RowLimits.IdLength);
        builder.Property(l => l.CreatedBy).HasMaxLength(RowLimits.IdLength);
        builder.HasIndex(l => new { l.AdministrationId, l.CreatedAt });

        // The lab list's order (newest first, then id): read backwards, the index gives a page without sorting.
        builder.HasIndex(l => new { l.CreatedAt, l.Id });

        // The dashboard's conferences and seminars: the latest held and the next planned of a flow without a sort; with
        // the administration, its counts per administration, flow and held/planned read the index alone.
        builder.HasIndex(l => new { l.DefinitionId, l.StartDate, l.AdministrationId });
    }
}
