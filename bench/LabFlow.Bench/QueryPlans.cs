using System.Data.Common;
using System.Diagnostics;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LabFlow.Bench;

/// <summary>
/// The query plans of the SQL a service call makes: EF Core's commands are caught through its diagnostic events (only
/// those of the calling flow, so the Host's background jobs running beside it are left out), then each SELECT is run
/// again under <c>EXPLAIN QUERY PLAN</c> (SQLite) or <c>EXPLAIN ANALYZE</c> (PostgreSQL) with the same parameters. On
/// SQLite, which has no EXPLAIN ANALYZE, each SELECT is then run once more and its time and rows printed, so the slow
/// command of a call shows without a profiler. <c>LABFLOW_BENCH_SQL=1</c> prints each command's whole text.
/// </summary>
internal sealed class QueryPlans : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<List<(string Sql, DbParameter[] Parameters)>?> Captured = new();
    private readonly List<IDisposable> _subscriptions = [];

    private QueryPlans() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Runs <paramref name="call"/> once in a fresh scope and prints the plan of every SELECT it made.</summary>
    public static async Task PrintAsync(string name, IServiceProvider services, bool sqlite, Func<IServiceProvider, Task> call)
    {
        var commands = new List<(string Sql, DbParameter[] Parameters)>();
        using (var listener = new QueryPlans())
        {
            Captured.Value = commands;
            try
            {
                await using var scope = services.CreateAsyncScope();
                await call(scope.ServiceProvider);
            }
            finally
            {
                Captured.Value = null;
            }
        }

        Console.WriteLine($"  plan: {name} ({commands.Count} commands)");
        await using var explainScope = services.CreateAsyncScope();
        var db = explainScope.ServiceProvider.GetRequiredService<LabFlowDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var number = 0;
            foreach (var (sql, parameters) in commands)
            {
                number++;
                var text = sql.TrimStart();
                if (!(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ") + text;
                command.Parameters.AddRange(parameters);
                var whole = Environment.GetEnvironmentVariable("LABFLOW_BENCH_SQL") == "1";
                Console.WriteLine($"    #{number} {OneLine(text, whole ? int.MaxValue : 150)}");
                if (whole && parameters.Length > 0)
                {
                    Console.WriteLine($"      with {string.Join(", ", parameters.Select(p => $"{p.ParameterName}={p.Value} ({p.Value?.GetType().Name}, {p.DbType})"))}");
                }

                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        Console.WriteLine(sqlite ? $"      {reader.GetInt32(1),3} {reader.GetString(3)}" : $"      {reader.GetString(0)}");
                    }
                }

                if (sqlite)
                {
                    await PrintRunTimeAsync(db, text, parameters);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task PrintRunTimeAsync(LabFlowDbContext db, string sql, DbParameter[] parameters)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters.Select(Copy).ToArray());
        var watch = Stopwatch.StartNew();
        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        Console.WriteLine($"      ran in {watch.Elapsed.TotalMilliseconds:F1} ms, {rows} rows");
    }

    private static string OneLine(string sql, int length)
    {
        var line = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= length ? line : line[..length] + " …";
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Captured.Value is { } commands && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
        {
            commands.Add((data.Command.CommandText, [.. data.Command.Parameters.Cast<DbParameter>().Select(Copy)]));
        }
    }

    private static DbParameter Copy(DbParameter parameter) => parameter switch
    {
        NpgsqlParameter npgsql => npgsql.Clone(),
        // A type EF Core did not set reads back as Text (from the default DbType), and a bool bound as Text matches no
        // INTEGER column: only a type that binds as it did is copied. A date's DbType (Date) reads back as a type that
        // binds it as a number, which matches no date stored as text (every overdue count showed 0 rows): dates and times
        // bind from their value, as text in the format EF Core stores them in.
        SqliteParameter sqlite => sqlite.Value is bool or DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan
            ? new SqliteParameter(sqlite.ParameterName, sqlite.Value)
            : new SqliteParameter(sqlite.ParameterName, sqlite.Value ?? DBNull.Value) { SqliteType = sqlite.SqliteType, Size = sqlite.Size },
        _ => throw new NotSupportedException($"No copy for {parameter.GetType().Name}."),
    };

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
