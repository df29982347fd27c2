using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the Host (scripts/add-migration.sh).</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteLabFlowDbContext>
{
    public SqliteLabFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLabFlowDbContext>().UseSqlite("Data Source=labflow-design-time.db").Options);
}
