using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Surveys;

internal sealed class SurveyLinkRowConfiguration : IEntityTypeConfiguration<SurveyLinkRow>
{
    public void Configure(EntityTypeBuilder<SurveyLinkRow> builder)
    {
        builder.ToTable("SurveyLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(RowLimits.HashLength);
        builder.Property(l => l.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.LabId, l.ActivityId });
    }
}
