using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Methods;

internal sealed class MethodVersionRowConfiguration : IEntityTypeConfiguration<MethodVersionRow>
{
    public void Configure(EntityTypeBuilder<MethodVersionRow> builder)
    {
        builder.ToTable("MethodVersions");

        // The key makes two writers of the same next version collide: the second is refused, never a silent overwrite.
        builder.HasKey(v => new { v.MethodId, v.Version });
        builder.Property(v => v.MethodId).HasMaxLength(RowLimits.IdLength);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.Origin).HasMaxLength(RowLimits.KeyLength);
        builder.Property(v => v.ContentHash).HasMaxLength(RowLimits.HashLength);
    }
}
