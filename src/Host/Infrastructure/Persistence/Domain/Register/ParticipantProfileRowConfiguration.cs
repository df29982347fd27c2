using LabFlow.Activities.Register;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

internal sealed class ParticipantProfileRowConfiguration : IEntityTypeConfiguration<ParticipantProfileRow>
{
    public void Configure(EntityTypeBuilder<ParticipantProfileRow> builder)
    {
        builder.ToTable("ParticipantProfiles");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.PersonId).ValueGeneratedNever();
        builder.Property(p => p.Sex).HasMaxLength(RowLimits.StatusLength);
        builder.Property(p => p.AdministrationId).HasMaxLength(RowLimits.IdLength);
        builder.Property(p => p.Organisation).HasMaxLength(RegisterLimits.OrganisationLength);
        builder.Property(p => p.ProfessionGroup).HasMaxLength(RowLimits.StatusLength);
    }
}
