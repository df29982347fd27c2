using LabFlow.Activities.Knowledge;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;

internal sealed class KnowledgeEntryRowConfiguration : IEntityTypeConfiguration<KnowledgeEntryRow>
{
    public void Configure(EntityTypeBuilder<KnowledgeEntryRow> builder)
    {
        builder.ToTable("KnowledgeEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.AdministrationId).HasMaxLength(RowLimits.IdLength);
        builder.Property(e => e.Kind).HasMaxLength(RowLimits.StatusLength);
        builder.Property(e => e.Title).HasMaxLength(KnowledgeLimits.TitleLength);
        builder.Property(e => e.Text).HasMaxLength(KnowledgeLimits.TextLength);
        builder.Property(e => e.SourceActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(e => e.Phase).HasMaxLength(RowLimits.IdLength);
        builder.Property(e => e.TargetAreas).HasMaxLength(KnowledgeRows.TagsLength);
        builder.Property(e => e.Grounds).HasMaxLength(KnowledgeRows.TagsLength);
        builder.HasIndex(e => new { e.LabId, e.CreatedAt });
        builder.HasIndex(e => e.PublishedAt);
    }
}
