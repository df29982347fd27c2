using LabFlow.Activities.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

internal sealed class ErasureDecisionRowConfiguration : IEntityTypeConfiguration<ErasureDecisionRow>
{
    public void Configure(EntityTypeBuilder<ErasureDecisionRow> builder)
    {
        builder.ToTable("ErasureDecisions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Pseudonym).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(PrivacyLimits.ReasonLength);
        builder.HasIndex(e => e.PersonId).IsUnique();
    }
}
