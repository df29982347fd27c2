using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Email;

internal sealed class EmailRowConfiguration : IEntityTypeConfiguration<EmailRow>
{
    private const int SubjectLength = 1000;
    private const int ErrorLength = 2000;

    public void Configure(EntityTypeBuilder<EmailRow> builder)
    {
        builder.ToTable("Emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RecipientAddress).HasMaxLength(PersonRowConfiguration.EmailLength);
        builder.Property(e => e.RecipientName).HasMaxLength(RowLimits.KeyLength);
        builder.Property(e => e.Culture).HasMaxLength(PersonRowConfiguration.CultureLength);
        builder.Property(e => e.Template).HasMaxLength(RowLimits.KeyLength);
        builder.Property(e => e.Subject).HasMaxLength(SubjectLength);
        builder.Property(e => e.MessageId).HasMaxLength(RowLimits.KeyLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(RowLimits.StatusLength);
        builder.Property(e => e.LastError).HasMaxLength(ErrorLength);
        builder.Property(e => e.UndeliverableReason).HasMaxLength(UndeliverableReasons.MaxLength);

        // Delivery reads only rows it may still send (neither sent nor refused), oldest due first. The filter is the
        // condition EF Core writes for those reads (`"Status" NOT IN ('Sent', 'Undeliverable')`): SQLite uses a partial
        // index only when the query holds its filter's term, so with `"Status" <> 'Sent'` every claim and every
        // next-attempt read scanned the whole table, each email's page read again (issue 17 session 20: 79 % of the
        // database file's page reads at 32 concurrent completions). PostgreSQL proves either filter from the query.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("\"Status\" NOT IN ('Sent', 'Undeliverable')");
        builder.HasIndex(e => e.ClaimToken);
        builder.HasIndex(e => e.CreatedAt);
        builder.HasIndex(e => e.InstanceId);
        builder.HasIndex(e => e.TaskId);
        builder.HasIndex(e => e.RequestId);

        // The people list asks, per page, whose emails the server refused. Only refused rows are in this index, so
        // inserting and sending emails never touches it.
        builder.HasIndex(e => e.RecipientPersonId).HasFilter("\"Status\" = 'Undeliverable'");
    }
}
