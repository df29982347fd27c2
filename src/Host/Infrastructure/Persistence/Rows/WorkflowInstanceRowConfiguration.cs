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
        // Every index is a B-tree a start writes into, inside SQLite's single writer (issue 17: WAL pages per burst).
        // A flow's labs oldest first (the flow list's count, the step-run figures); no query lists every instance by
        // creation alone, and none seeks on the version, which the resume's UPDATE sets (so an index on it was
        // rewritten by every burst).
        builder.HasIndex(i => new { i.DefinitionId, i.CreatedAt });
        // Labs by status (the dashboard's cancelled count, retention's ended labs).
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.HasMany(i => i.Phases).WithOne().HasForeignKey(p => p.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
