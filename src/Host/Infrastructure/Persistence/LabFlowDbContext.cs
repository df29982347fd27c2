using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// LabFlow's database. Every <see cref="IEntityTypeConfiguration{TEntity}"/> in the Host assembly is part of the model,
/// so a feature adds its tables with a configuration class and a migration (scripts/add-migration.sh). Each provider
/// has a derived context so that each keeps its own migrations.
/// </summary>
internal abstract class LabFlowDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<WorkflowInstanceRow> Instances => Set<WorkflowInstanceRow>();

    public DbSet<WorkflowInstancePhaseRow> InstancePhases => Set<WorkflowInstancePhaseRow>();

    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();

    public DbSet<JournalEntryRow> Journal => Set<JournalEntryRow>();

    public DbSet<OutboxMessageRow> Outbox => Set<OutboxMessageRow>();

    public DbSet<WorkflowDefinitionDraftRow> DefinitionDrafts => Set<WorkflowDefinitionDraftRow>();

    public DbSet<WorkflowDefinitionVersionRow> DefinitionVersions => Set<WorkflowDefinitionVersionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LabFlowDbContext).Assembly);
}
