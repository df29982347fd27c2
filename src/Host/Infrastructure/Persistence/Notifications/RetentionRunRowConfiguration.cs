using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

internal sealed class RetentionRunRowConfiguration : IEntityTypeConfiguration<RetentionRunRow>
{
    public void Configure(EntityTypeBuilder<RetentionRunRow> builder)
    {
        builder.ToTable("RetentionRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.At);
    }
}
