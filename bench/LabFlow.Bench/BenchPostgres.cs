using Npgsql;

namespace LabFlow.Bench;

/// <summary>A fresh PostgreSQL database per benchmark run on the server named by LABFLOW_TEST_POSTGRES, dropped afterwards.</summary>
internal static class BenchPostgres
{
    /// <summary>Runs <paramref name="run"/> with the connection string of a new database, or says it skips when no server is set.</summary>
    public static async Task RunOnFreshDatabaseAsync(string prefix, Func<string, Task> run)
    {
        var postgres = Environment.GetEnvironmentVariable("LABFLOW_TEST_POSTGRES");
        if (string.IsNullOrEmpty(postgres))
        {
            Console.WriteLine("  PostgreSQL: skipped (set LABFLOW_TEST_POSTGRES to a server the benchmark may create databases on)");
            return;
        }

        var database = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(postgres, $"CREATE DATABASE \"{database}\"");
        try
        {
            await run($"{postgres};Database={database}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
