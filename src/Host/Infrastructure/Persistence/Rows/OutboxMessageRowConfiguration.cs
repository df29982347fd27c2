using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class OutboxMessageRowConfiguration : IEntityTypeConfiguration<OutboxMessageRow>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRow> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(o => o.Sequence);
        builder.Property(o => o.Sequence).ValueGeneratedOnAdd();
        builder.Property(o => o.Type).HasMaxLength(RowLimits.TypeLength);
        builder.HasIndex(o => o.EffectId).IsUnique();
        builder.HasIndex(o => o.CreatedAt).HasFilter("\"DispatchedAt\" IS NULL");
    }
}
