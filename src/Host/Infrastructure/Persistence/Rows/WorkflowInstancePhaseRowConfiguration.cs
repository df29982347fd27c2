using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Rows;

internal sealed class WorkflowInstancePhaseRowConfiguration : IEntityTypeConfiguration<WorkflowInstancePhaseRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstancePhaseRow> builder)
    {
        builder.ToTable("WorkflowInstancePhases");
        builder.HasKey(p => new { p.InstanceId, p.Phase });
        builder.Property(p => p.Phase).HasMaxLength(RowLimits.IdLength);
        builder.HasIndex(p => p.Phase);
    }
}
