using LabFlow.Activities.Attachments;
using LabFlow.Activities.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Attachments;

internal sealed class AttachmentRowConfiguration : IEntityTypeConfiguration<AttachmentRow>
{
    public void Configure(EntityTypeBuilder<AttachmentRow> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActivityId).HasMaxLength(TaskLimits.IdentifierLength);
        builder.Property(a => a.FieldKey).HasMaxLength(TaskLimits.IdentifierLength);
        builder.Property(a => a.FileName).HasMaxLength(AttachmentService.FileNameLength);
        builder.Property(a => a.Kind).HasMaxLength(10);
        // Retention removes a lab's files, erasure a person's: both by index.
        builder.HasIndex(a => a.LabId);
        builder.HasIndex(a => a.UploaderId);
    }
}
