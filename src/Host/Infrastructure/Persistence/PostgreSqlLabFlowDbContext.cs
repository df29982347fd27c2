using LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>The PostgreSQL flavour of <see cref="LabFlowDbContext"/>, with its own migrations (Migrations/PostgreSql).</summary>
internal sealed class PostgreSqlLabFlowDbContext(DbContextOptions<PostgreSqlLabFlowDbContext> options) : LabFlowDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        KnowledgeSearchModel.AddPostgreSqlSearchVector(modelBuilder);
        PersonSortKeyBackfill.CompareBytesOnPostgreSql(modelBuilder);
    }
}
