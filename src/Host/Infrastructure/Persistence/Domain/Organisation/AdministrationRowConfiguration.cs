using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class AdministrationRowConfiguration : IEntityTypeConfiguration<AdministrationRow>
{
    public void Configure(EntityTypeBuilder<AdministrationRow> builder)
    {
        builder.ToTable("Administrations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(RowLimits.IdLength);
        builder.Property(a => a.Name).HasMaxLength(RowLimits.KeyLength);

        // Every installation has the pilot administrations and the project scope, as the in-memory directory does.
        builder.HasData(ProjectScope.Seeded.Select(a => new AdministrationRow { Id = a.Id, Name = a.Name }));
    }
}
