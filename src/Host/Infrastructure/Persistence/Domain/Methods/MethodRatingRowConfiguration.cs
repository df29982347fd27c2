using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Methods;

internal sealed class MethodRatingRowConfiguration : IEntityTypeConfiguration<MethodRatingRow>
{
    public void Configure(EntityTypeBuilder<MethodRatingRow> builder)
    {
        builder.ToTable("MethodRatings");
        builder.HasKey(r => new { r.MethodId, r.PersonId });
        builder.Property(r => r.MethodId).HasMaxLength(RowLimits.IdLength);
        builder.Property(r => r.PersonId).ValueGeneratedNever();
    }
}
