using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

internal sealed class TaskPersonRowConfiguration : IEntityTypeConfiguration<TaskPersonRow>
{
    private const int RelationLength = 20;

    public void Configure(EntityTypeBuilder<TaskPersonRow> builder)
    {
        builder.ToTable("TaskPeople");
        builder.HasKey(p => new { p.TaskId, p.Relation, p.PersonId });
        builder.Property(p => p.Relation).HasConversion<string>().HasMaxLength(RelationLength);
        builder.HasOne<TaskRow>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);

        // "My tasks": the tasks a person is candidate for or kept informed about.
        builder.HasIndex(p => new { p.PersonId, p.Relation });
    }
}
