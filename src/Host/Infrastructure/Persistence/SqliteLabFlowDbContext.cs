using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>The SQLite flavour of <see cref="LabFlowDbContext"/>, with its own migrations (Migrations/Sqlite).</summary>
internal sealed class SqliteLabFlowDbContext(DbContextOptions<SqliteLabFlowDbContext> options) : LabFlowDbContext(options)
{
    /// <summary>The plain commands prepared on this context's connection, which stays open while the context is pooled.</summary>
    public SqliteCommandCache Commands { get; } = new();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type, and EF cannot compare or order DateTimeOffset text there: UTC ticks can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
