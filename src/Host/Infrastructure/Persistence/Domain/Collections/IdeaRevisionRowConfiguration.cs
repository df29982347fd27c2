using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

internal sealed class IdeaRevisionRowConfiguration : IEntityTypeConfiguration<IdeaRevisionRow>
{
    public void Configure(EntityTypeBuilder<IdeaRevisionRow> builder)
    {
        builder.ToTable("IdeaRevisions");
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(r => r.Id).IsUnique();
        builder.HasIndex(r => new { r.CollectionId, r.Sequence });
    }
}
