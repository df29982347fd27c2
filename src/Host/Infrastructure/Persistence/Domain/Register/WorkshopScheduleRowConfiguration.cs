using LabFlow.Activities.Register;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

internal sealed class WorkshopScheduleRowConfiguration : IEntityTypeConfiguration<WorkshopScheduleRow>
{
    public void Configure(EntityTypeBuilder<WorkshopScheduleRow> builder)
    {
        builder.ToTable("WorkshopSchedules");
        builder.HasKey(s => new { s.LabId, s.ActivityId });
        builder.Property(s => s.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(s => s.Location).HasMaxLength(RegisterLimits.LocationLength);
        builder.Property(s => s.MeetingLink).HasMaxLength(RegisterLimits.LinkLength);
    }
}
