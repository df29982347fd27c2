using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class MembershipRowConfiguration : IEntityTypeConfiguration<MembershipRow>
{
    public void Configure(EntityTypeBuilder<MembershipRow> builder)
    {
        builder.ToTable("Memberships");
        builder.HasKey(m => new { m.PersonId, m.AdministrationId, m.Role });
        builder.Property(m => m.AdministrationId).HasMaxLength(RowLimits.IdLength);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(RowLimits.StatusLength);

        // Resolving a role to people: who has this role in this administration.
        builder.HasIndex(m => new { m.AdministrationId, m.Role });
    }
}
