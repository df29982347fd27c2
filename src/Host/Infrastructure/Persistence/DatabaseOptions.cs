namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Where LabFlow keeps its data (section <c>LabFlow:Database</c>). Checked at start-up by <see cref="DatabaseOptionsValidator"/>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "LabFlow:Database";

    /// <summary>
    /// <see cref="DatabaseProviders.Sqlite"/> (default: one file, no server) or <see cref="DatabaseProviders.PostgreSql"/>
    /// (several Host nodes sharing one database).
    /// </summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>
    /// The provider's connection string. Required for PostgreSQL. For SQLite the default is the file
    /// <c>labflow.db</c> in <c>LabFlow:DataPath</c>.
    /// </summary>
    public string? ConnectionString { get; set; }
}
