using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class WorkflowDefinitionDraftRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionDraftRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionDraftRow> builder)
    {
        builder.ToTable("WorkflowDefinitionDrafts");
        builder.HasKey(d => d.DefinitionId);
        builder.Property(d => d.DefinitionId).HasMaxLength(RowLimits.IdLength);
    }
}
