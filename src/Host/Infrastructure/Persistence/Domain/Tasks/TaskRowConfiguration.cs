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
        builder.Property(t => t.AdministrationId).HasMaxLength(RowLimits.IdLength);
        builder.Property(t => t.DefinitionId).HasMaxLength(RowLimits.IdLength);
        builder.HasIndex(t => new { t.LabId, t.CreatedAt });

        // My tasks: a person's open tasks by due date without reading their closed ones.
        builder.HasIndex(t => new { t.AssigneeId, t.IsOpen, t.Due });

        // Overdue tasks across labs (the lab list's overdue filter, the overdue notices); the lab list's overdue ids
        // read the index alone.
        builder.HasIndex(t => new { t.IsOpen, t.Due, t.LabId });

        // The dashboard's overdue count per administration of its flows: one range of this index, no lab read.
        builder.HasIndex(t => new { t.IsOpen, t.Due, t.DefinitionId, t.AdministrationId });

        // The dashboard's indicators: completed tasks of named steps across labs.
        builder.HasIndex(t => new { t.ActivityId, t.Status });
        builder.HasIndex(t => t.BookmarkId);

        // Closed tasks have no next reminder, so the reminder sweep reads only open tasks with one due.
        builder.HasIndex(t => t.NextReminderAt);

        // The follow-up scan reads only tasks with a follow-up date.
        builder.HasIndex(t => t.FollowUp);
    }
}
