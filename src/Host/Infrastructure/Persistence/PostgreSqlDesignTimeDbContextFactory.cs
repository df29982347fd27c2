using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server (adding a migration never connects).</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlLabFlowDbContext>
{
    public PostgreSqlLabFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlLabFlowDbContext>().UseNpgsql("Host=localhost;Database=labflow_design_time").Options);
}
