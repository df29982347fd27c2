using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

internal sealed class NotificationPreferenceRowConfiguration : IEntityTypeConfiguration<NotificationPreferenceRow>
{
    public void Configure(EntityTypeBuilder<NotificationPreferenceRow> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.PersonId).ValueGeneratedNever();

        // The digest job reads only the people who turned it on.
        builder.HasIndex(p => p.DailyDigest).HasFilter("\"DailyDigest\"");
    }
}
