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
        builder.Property(p => p.SortKey).HasMaxLength(RowLimits.KeyLength);
        // The people list's two orders, each ending on the id so a keyset page is one index range.
        builder.HasIndex(p => new { p.NormalizedEmail, p.Id });
        builder.HasIndex(p => new { p.SortKey, p.Id });
    }
}
