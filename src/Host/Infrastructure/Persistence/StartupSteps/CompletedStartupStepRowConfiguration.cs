using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.StartupSteps;

internal sealed class CompletedStartupStepRowConfiguration : IEntityTypeConfiguration<CompletedStartupStepRow>
{
    public const int NameLength = 100;

    public void Configure(EntityTypeBuilder<CompletedStartupStepRow> builder)
    {
        builder.ToTable("CompletedStartupSteps");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(NameLength);
    }
}
