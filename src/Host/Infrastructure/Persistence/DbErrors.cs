using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Recognises the providers' errors that mean "someone else wrote this key first".</summary>
internal static class DbErrors
{
    private const int SqlitePrimaryKeyViolation = 1555;
    private const int SqliteUniqueViolation = 2067;

    public static bool IsUniqueViolation(DbUpdateException exception) => IsUniqueViolation(exception.InnerException);

    /// <summary>The same for a plain command's error (WorkflowConnection) as well as for SaveChanges' <see cref="DbUpdateException"/>.</summary>
    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        DbUpdateException update => IsUniqueViolation(update.InnerException),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKeyViolation or SqliteUniqueViolation,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
