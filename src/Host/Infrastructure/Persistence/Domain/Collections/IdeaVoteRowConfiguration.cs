using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

internal sealed class IdeaVoteRowConfiguration : IEntityTypeConfiguration<IdeaVoteRow>
{
    public void Configure(EntityTypeBuilder<IdeaVoteRow> builder)
    {
        builder.ToTable("IdeaVotes");
        builder.HasKey(v => v.Sequence);
        builder.Property(v => v.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(v => v.Id).IsUnique();
        builder.HasIndex(v => new { v.CollectionId, v.Sequence });
    }
}
