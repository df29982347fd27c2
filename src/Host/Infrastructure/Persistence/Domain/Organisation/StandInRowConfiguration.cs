using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class StandInRowConfiguration : IEntityTypeConfiguration<StandInRow>
{
    public void Configure(EntityTypeBuilder<StandInRow> builder)
    {
        builder.ToTable("StandIns");
        builder.HasKey(s => s.PersonId);
        builder.Property(s => s.PersonId).ValueGeneratedNever();
    }
}
