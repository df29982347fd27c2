using LabFlow.Activities.Feedback;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;

internal sealed class FlowSuggestionRowConfiguration : IEntityTypeConfiguration<FlowSuggestionRow>
{
    public void Configure(EntityTypeBuilder<FlowSuggestionRow> builder)
    {
        builder.ToTable("FlowSuggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.DefinitionId).HasMaxLength(RowLimits.IdLength);
        builder.Property(s => s.ActivityId).HasMaxLength(RowLimits.IdLength);
        builder.Property(s => s.Text).HasMaxLength(FeedbackLimits.SuggestionLength);
        builder.Property(s => s.Reply).HasMaxLength(FeedbackLimits.ReplyLength);
        builder.Property(s => s.Status).HasMaxLength(RowLimits.StatusLength);
        builder.HasIndex(s => new { s.DefinitionId, s.Status, s.CreatedAt });
    }
}
