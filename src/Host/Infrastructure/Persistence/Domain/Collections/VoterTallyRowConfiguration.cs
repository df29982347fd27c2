using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

internal sealed class VoterTallyRowConfiguration : IEntityTypeConfiguration<VoterTallyRow>
{
    public void Configure(EntityTypeBuilder<VoterTallyRow> builder)
    {
        // EfCoreCollectionStore's upsert names the table and its columns: keep them as they are here.
        builder.ToTable(VoterTallyRow.Table);
        builder.HasKey(t => new { t.CollectionId, t.VoterId });
    }
}
