using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// The PostgreSQL server of a test run (LABFLOW_TEST_POSTGRES, set by ./test.sh), and one migrated template database
/// per test run that every test database is cloned from, so the migrations run once and each test starts empty.
/// </summary>
public static class PostgreSqlServer
{
    public const string EnvironmentVariable = "LABFLOW_TEST_POSTGRES";

    /// <summary>Test databases are named prefix, creating process id, "_", unique id.</summary>
    public const string DatabasePrefix = "labflow_test_";

    private const string TemplatePrefix = "labflow_tpl_";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    /// <summary>Why PostgreSQL tests are skipped, or <c>null</c> when they run (always under CI=true).</summary>
    public static string? SkipReason =>
        AdminConnectionString is null && !IsCi
            ? $"{EnvironmentVariable} is not set (./test.sh sets it and starts PostgreSQL); PostgreSQL tests are skipped outside CI."
            : null;

    /// <summary>Why the tests of the class of <paramref name="testMethod"/> are skipped: a class marked <see cref="IPostgreSqlTests"/> without a server.</summary>
    public static string? SkipReasonFor(ITestMethod testMethod) =>
        typeof(IPostgreSqlTests).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType()) ? SkipReason : null;

    private static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates an empty, migrated database cloned from the template; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await Gate.WaitAsync();
        try
        {
            var template = await EnsureTemplateAsync();
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            Gate.Release();
        }

        return ConnectionStringFor(name);
    }

    public static async Task DropDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionStringFor(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends the test's own leftover connections, but not a server process of another role that is busy
        // in the database for a moment (an autovacuum worker): then the drop is tried again shortly after.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(RequireAdminConnectionString())
        {
            Database = database,
            // Other test runs share the server (max_connections 100): keep each database's pool small.
            MaxPoolSize = 20,
            Timeout = 30,
        }.ConnectionString;

    private static async Task<string> EnsureTemplateAsync()
    {
        if (_template is not null)
        {
            return _template;
        }

        await DropLeftoversAsync();
        var name = $"{TemplatePrefix}{Environment.ProcessId}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(name);
        var connectionString = ConnectionStringFor(name);
        var options = new DbContextOptionsBuilder<PostgreSqlLabFlowDbContext>().UseNpgsql(connectionString).Options;
        await using (var context = new PostgreSqlLabFlowDbContext(options))
        {
            await context.Database.MigrateAsync();
        }

        // A template can be cloned only while nobody is connected to it.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        _template = name;
        return name;
    }

    /// <summary>
    /// Drops databases left by test runs whose process is gone (a killed test host runs no clean-up). Databases of
    /// runs still going (other test processes on this machine) are left alone.
    /// </summary>
    private static async Task DropLeftoversAsync()
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(RequireAdminConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"SELECT datname FROM pg_database WHERE datname LIKE '{TemplatePrefix}%' OR datname LIKE '{DatabasePrefix}%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(IsLeftover))
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static bool IsLeftover(string name)
    {
        var rest = name.StartsWith(TemplatePrefix, StringComparison.Ordinal) ? name[TemplatePrefix.Length..] : name[DatabasePrefix.Length..];
        var separator = rest.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(rest[..separator], out var processId))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static void DropTemplate(string name)
    {
        try
        {
            using var connection = new NpgsqlConnection(RequireAdminConnectionString());
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The server went away before the test run ended; nothing is left to clean.
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(RequireAdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string RequireAdminConnectionString() =>
        AdminConnectionString
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh (it starts PostgreSQL and sets it), or set it to a connection string for a role with CREATEDB.");
}
