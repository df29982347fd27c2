using System.Collections.Concurrent;
using System.Data.Common;
using LabFlow.Host.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The configured database: builds the provider's context options once and hands out a context per scope from a
/// pool (issue 17: a new context per request resolved EF Core's internal services afresh every time). Disposing a
/// context resets it (change tracker, open transaction, connection) and returns it to the pool. On SQLite a pooled
/// context keeps its connection open (<see cref="SqliteContextConnection"/>) until the pool lets the context go, which
/// disposing this does.
/// </summary>
internal sealed class LabFlowDatabase : IDisposable, IAsyncDisposable
{
    /// <summary>The SQLite file name under <c>LabFlow:DataPath</c> when no connection string is set.</summary>
    public const string DefaultSqliteFileName = "labflow.db";

    private readonly Lazy<Func<LabFlowDbContext>> _factory;
    private IDisposable? _pool;

    // The SQLite connections of the pooled contexts, which stay open while pooled: closed when this is disposed (EF Core's
    // pool lets its contexts go without closing them).
    private readonly ConcurrentDictionary<DbConnection, bool> _openConnections = new();

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

    public void Dispose()
    {
        _pool?.Dispose();
        _pool = null;
        foreach (var connection in _openConnections.Keys)
        {
            connection.Dispose();
        }

        _openConnections.Clear();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private Func<LabFlowDbContext> CreateFactory(DatabaseOptions options, LabFlowOptions labFlowOptions, IHostEnvironment? environment)
    {
        if (DatabaseProviders.IsPostgreSql(options.Provider))
        {
            var postgres = new DbContextOptionsBuilder<PostgreSqlLabFlowDbContext>()
                .UseNpgsql(options.ConnectionString)
                .Options;
            var postgresPool = new PooledDbContextFactory<PostgreSqlLabFlowDbContext>(postgres);
            return postgresPool.CreateDbContext;
        }

#pragma warning disable EF1001 // EF Core's internal connection and pool types: the connection that stays open, and a pool that can be disposed with it.
        var sqlite = new DbContextOptionsBuilder<SqliteLabFlowDbContext>()
            .UseSqlite(SqliteConnectionString(options, labFlowOptions, environment))
            .AddInterceptors(SqlitePragmaInterceptor.Instance, SqliteWriteGateInterceptor.Instance)
            .ReplaceService<IRelationalTransactionFactory, SqliteGatedTransactionFactory>()
            .ReplaceService<ISqliteRelationalConnection, SqliteContextConnection>()
            .Options;
        var pool = new DbContextPool<SqliteLabFlowDbContext>(sqlite);
        _pool = pool;
        var sqlitePool = new PooledDbContextFactory<SqliteLabFlowDbContext>(pool);
        return () =>
        {
            var context = sqlitePool.CreateDbContext();
            _openConnections.TryAdd(context.Database.GetDbConnection(), true);
            return context;
        };
#pragma warning restore EF1001
    }
}
