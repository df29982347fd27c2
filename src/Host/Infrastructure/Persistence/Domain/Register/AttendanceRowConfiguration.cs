using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

internal sealed class AttendanceRowConfiguration : IEntityTypeConfiguration<AttendanceRow>
{
    public void Configure(EntityTypeBuilder<AttendanceRow> builder)
    {
        builder.ToTable("Attendance");

        // Recording a participant's attendance again replaces it.
        builder.HasKey(a => new { a.LabId, a.ActivityId, a.ParticipantId });
        builder.Property(a => a.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(a => a.Hours).HasPrecision(6, 2);
        builder.HasIndex(a => a.ParticipantId);
        builder.HasIndex(a => a.Date);
    }
}
