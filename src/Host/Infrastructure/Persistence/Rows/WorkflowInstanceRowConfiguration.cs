using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class WorkflowInstanceRowConfiguration : IEntityTypeConfiguration<WorkflowInstanceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRow> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DefinitionId).HasMaxLength(RowLimits.IdLength);
        builder.Property(i => i.Status).HasMaxLength(RowLimits.StatusLength);
        builder.Property(i => i.State);
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion });
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.HasIndex(i => i.CreatedAt);
        builder.HasMany(i => i.Phases).WithOne().HasForeignKey(p => p.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
