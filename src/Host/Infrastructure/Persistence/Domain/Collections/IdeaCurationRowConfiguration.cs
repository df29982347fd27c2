using LabFlow.Activities.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

internal sealed class IdeaCurationRowConfiguration : IEntityTypeConfiguration<IdeaCurationRow>
{
    public void Configure(EntityTypeBuilder<IdeaCurationRow> builder)
    {
        builder.ToTable("IdeaCurations");
        builder.HasKey(c => c.IdeaId);
        builder.Property(c => c.IdeaId).ValueGeneratedNever();
        builder.Property(c => c.Theme).HasMaxLength(IdeaBoardService.ThemeLength);
        builder.HasIndex(c => c.CollectionId);
    }
}
