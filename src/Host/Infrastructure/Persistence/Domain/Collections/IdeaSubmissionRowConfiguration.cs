using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

internal sealed class IdeaSubmissionRowConfiguration : IEntityTypeConfiguration<IdeaSubmissionRow>
{
    public void Configure(EntityTypeBuilder<IdeaSubmissionRow> builder)
    {
        builder.ToTable("IdeaSubmissions");
        builder.HasKey(s => s.Sequence);
        builder.Property(s => s.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(s => s.Id).IsUnique();
        builder.HasIndex(s => new { s.CollectionId, s.Sequence });
    }
}
