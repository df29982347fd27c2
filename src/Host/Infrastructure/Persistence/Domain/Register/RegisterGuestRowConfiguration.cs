using LabFlow.Activities.Register;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

internal sealed class RegisterGuestRowConfiguration : IEntityTypeConfiguration<RegisterGuestRow>
{
    public void Configure(EntityTypeBuilder<RegisterGuestRow> builder)
    {
        builder.ToTable("RegisterGuests");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(RegisterLimits.NameLength);
        builder.Property(g => g.Organisation).HasMaxLength(RegisterLimits.OrganisationLength);
        builder.Property(g => g.Email).HasMaxLength(RegisterLimits.EmailLength);
        builder.Property(g => g.Sex).HasMaxLength(RowLimits.StatusLength);
        builder.HasIndex(g => g.LabId);
    }
}
