using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// LabFlow's database. Every <see cref="IEntityTypeConfiguration{TEntity}"/> in the Host assembly is part of the model,
/// so a feature adds its tables with a configuration class and a migration (scripts/add-migration.sh). Each provider
/// has a derived context so that each keeps its own migrations. Sign-in (ASP.NET Core Identity, personal access
/// tokens, data-protection keys) lives in the same database.
/// </summary>
internal abstract class LabFlowDbContext(DbContextOptions options)
    : IdentityDbContext<LabFlowUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<WorkflowInstanceRow> Instances => Set<WorkflowInstanceRow>();

    public DbSet<WorkflowInstancePhaseRow> InstancePhases => Set<WorkflowInstancePhaseRow>();

    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();

    public DbSet<JournalEntryRow> Journal => Set<JournalEntryRow>();

    public DbSet<OutboxMessageRow> Outbox => Set<OutboxMessageRow>();

    public DbSet<WorkflowDefinitionDraftRow> DefinitionDrafts => Set<WorkflowDefinitionDraftRow>();

    public DbSet<WorkflowDefinitionVersionRow> DefinitionVersions => Set<WorkflowDefinitionVersionRow>();

    public DbSet<PersonalAccessTokenRow> PersonalAccessTokens => Set<PersonalAccessTokenRow>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LabFlowDbContext).Assembly);
    }
}
