using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

internal sealed class SensitiveReadRowConfiguration : IEntityTypeConfiguration<SensitiveReadRow>
{
    public void Configure(EntityTypeBuilder<SensitiveReadRow> builder)
    {
        builder.ToTable("SensitiveReads");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AdministrationId).HasMaxLength(100);
        builder.Property(r => r.ActivityId).HasMaxLength(200);
        builder.Property(r => r.Kind).HasMaxLength(40).HasDefaultValue(nameof(Activities.Privacy.AccessKind.Answers));
        builder.HasIndex(r => new { r.AdministrationId, r.At });
        builder.HasIndex(r => new { r.ReaderId, r.At });
    }
}
