using LabFlow.Host.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The configured database: builds the provider's context options once and hands out a context per scope from a
/// pool (issue 17: a new context per request resolved EF Core's internal services afresh every time). Disposing a
/// context resets it (change tracker, open transaction, connection) and returns it to the pool.
/// </summary>
internal sealed class LabFlowDatabase
{
    /// <summary>The SQLite file name under <c>LabFlow:DataPath</c> when no connection string is set.</summary>
    public const string DefaultSqliteFileName = "labflow.db";

    private readonly Lazy<Func<LabFlowDbContext>> _factory;

    public LabFlowDatabase(IOptions<DatabaseOptions> options, IOptions<LabFlowOptions> labFlowOptions, IHostEnvironment? environment = null)
    {
        _factory = new Lazy<Func<LabFlowDbContext>>(() => CreateFactory(options.Value, labFlowOptions.Value, environment));
    }

    public LabFlowDbContext CreateContext() => _factory.Value();

    /// <summary>The SQLite connection string for <paramref name="options"/>: the configured one, or the file in the data folder.</summary>
    public static string SqliteConnectionString(DatabaseOptions options, LabFlowOptions labFlowOptions, IHostEnvironment? environment)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            // SQLite creates the file but not its folder.
            var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder && !file.StartsWith(':'))
            {
                Directory.CreateDirectory(folder);
            }

            return options.ConnectionString;
        }

        var contentRoot = environment?.ContentRootPath ?? AppContext.BaseDirectory;
        var dataPath = Path.GetFullPath(labFlowOptions.DataPath, contentRoot);
        Directory.CreateDirectory(dataPath);
        return $"Data Source={Path.Combine(dataPath, DefaultSqliteFileName)}";
    }

    private static Func<LabFlowDbContext> CreateFactory(DatabaseOptions options, LabFlowOptions labFlowOptions, IHostEnvironment? environment)
    {
        if (DatabaseProviders.IsPostgreSql(options.Provider))
        {
            var postgres = new DbContextOptionsBuilder<PostgreSqlLabFlowDbContext>()
                .UseNpgsql(options.ConnectionString)
                .Options;
            var postgresPool = new PooledDbContextFactory<PostgreSqlLabFlowDbContext>(postgres);
            return postgresPool.CreateDbContext;
        }

        var sqlite = new DbContextOptionsBuilder<SqliteLabFlowDbContext>()
            .UseSqlite(SqliteConnectionString(options, labFlowOptions, environment))
            .AddInterceptors(SqlitePragmaInterceptor.Instance, SqliteWriteGateInterceptor.Instance)
            .ReplaceService<IRelationalTransactionFactory, SqliteGatedTransactionFactory>()
            .Options;
        var sqlitePool = new PooledDbContextFactory<SqliteLabFlowDbContext>(sqlite);
        return sqlitePool.CreateDbContext;
    }
}
