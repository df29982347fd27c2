using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class PersonRowConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public const int EmailLength = 320;
    public const int CultureLength = 10;

    public void Configure(EntityTypeBuilder<PersonRow> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(RowLimits.KeyLength);
        builder.Property(p => p.Email).HasMaxLength(EmailLength);
        builder.Property(p => p.NormalizedEmail).HasMaxLength(EmailLength);
        builder.Property(p => p.Culture).HasMaxLength(CultureLength);
        builder.HasIndex(p => p.NormalizedEmail);
    }
}
