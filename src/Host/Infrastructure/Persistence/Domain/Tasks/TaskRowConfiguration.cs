using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

internal sealed class TaskRowConfiguration : IEntityTypeConfiguration<TaskRow>
{
    public void Configure(EntityTypeBuilder<TaskRow> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(t => t.Kind).HasMaxLength(RowLimits.KindLength);
        builder.Property(t => t.Status).HasMaxLength(RowLimits.StatusLength);
        builder.HasIndex(t => new { t.LabId, t.CreatedAt });
        builder.HasIndex(t => t.AssigneeId);
        builder.HasIndex(t => t.BookmarkId);

        // Closed tasks have no next reminder, so the reminder sweep reads only open tasks with one due.
        builder.HasIndex(t => t.NextReminderAt);
    }
}
