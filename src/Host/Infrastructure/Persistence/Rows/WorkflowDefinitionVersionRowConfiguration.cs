using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class WorkflowDefinitionVersionRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersionRow> builder)
    {
        builder.ToTable("WorkflowDefinitionVersions");
        builder.HasKey(v => new { v.DefinitionId, v.Version });
        builder.Property(v => v.DefinitionId).HasMaxLength(RowLimits.IdLength);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.Source).HasMaxLength(RowLimits.KeyLength);
        builder.Property(v => v.ContentHash).HasMaxLength(RowLimits.HashLength);
    }
}
