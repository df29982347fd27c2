namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>The values <see cref="DatabaseOptions.Provider"/> accepts.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static bool IsPostgreSql(string provider) => string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public static bool IsSqlite(string provider) => string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}
