using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class HolidayPeriodRowConfiguration : IEntityTypeConfiguration<HolidayPeriodRow>
{
    public void Configure(EntityTypeBuilder<HolidayPeriodRow> builder)
    {
        builder.ToTable("HolidayPeriods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(RowLimits.KeyLength);
    }
}
