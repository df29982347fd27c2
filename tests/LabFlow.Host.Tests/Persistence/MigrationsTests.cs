using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The migrations of each provider describe the whole model: a feature that adds an entity without its migration
/// (or two branches whose migrations were merged) would otherwise fail only on a real database, at start-up.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_CoverTheWholeModel_WhenTheContextIsBuilt()
    {
        using var context = new SqliteDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(), "The SQLite model has changes no migration holds; run scripts/add-migration.sh NAME.");
    }

    [Fact]
    public void PostgreSqlMigrations_CoverTheWholeModel_WhenTheContextIsBuilt()
    {
        using var context = new PostgreSqlDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(), "The PostgreSQL model has changes no migration holds; run scripts/add-migration.sh NAME.");
    }
}
