using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

internal sealed class CollectionRowConfiguration : IEntityTypeConfiguration<CollectionRow>
{
    public void Configure(EntityTypeBuilder<CollectionRow> builder)
    {
        builder.ToTable("Collections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(c => c.Kind).HasMaxLength(RowLimits.StatusLength);
        builder.HasIndex(c => new { c.LabId, c.ActivityId, c.CreatedAt });
    }
}
