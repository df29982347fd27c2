using LabFlow.Activities.Feedback;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;

internal sealed class StepFeedbackRowConfiguration : IEntityTypeConfiguration<StepFeedbackRow>
{
    public void Configure(EntityTypeBuilder<StepFeedbackRow> builder)
    {
        builder.ToTable("StepFeedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.DefinitionId).HasMaxLength(RowLimits.IdLength);
        builder.Property(f => f.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(f => f.Worked).HasMaxLength(FeedbackLimits.CommentLength);
        builder.Property(f => f.DidNotWork).HasMaxLength(FeedbackLimits.CommentLength);

        // One feedback per person and task: giving it again updates the row.
        builder.HasIndex(f => new { f.TaskId, f.PersonId }).IsUnique();
        builder.HasIndex(f => new { f.DefinitionId, f.UpdatedAt });
    }
}
