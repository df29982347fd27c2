using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Parameters and values of the plain commands of <see cref="WorkflowConnection"/>. SQLite keeps times as UTC ticks
/// (<see cref="UtcTicksConverter"/>), ids as upper-case text and dates as <c>yyyy-MM-dd</c> text, as EF Core writes them.
/// </summary>
internal static class WorkflowSql
{
    /// <summary>A command on the context's connection in its current transaction (a commit's), which holds the connection open.</summary>
    public static DbCommand Command(LabFlowDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>
    /// Binds <paramref name="value"/> to the parameter <c>@<paramref name="name"/></c>: sets it on a reused command that
    /// has it already, or adds it. The name is bound with its <c>@</c>: Microsoft.Data.Sqlite looks a name without a
    /// prefix up under every prefix it knows, a native call and an encoded copy of the name each, per execution.
    /// </summary>
    public static DbCommand With(this DbCommand command, LabFlowDbContext db, string name, object? value)
    {
        var providerValue = ToProvider(db, value) ?? DBNull.Value;
        var parameters = command.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter.ParameterName is ['@', ..] existing && existing.AsSpan(1).SequenceEqual(name))
            {
                parameter.Value = providerValue;
                return command;
            }
        }

        var added = command.CreateParameter();
        added.ParameterName = "@" + name;
        added.Value = providerValue;
        parameters.Add(added);
        return command;
    }

    public static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(long)
            ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero)
            : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    public static string? ReadNullableString(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A value as the provider stores it (what EF Core's mapping would bind).</summary>
    public static object? ToProvider(LabFlowDbContext db, object? value) => (value, db) switch
    {
        (DateTimeOffset time, SqliteLabFlowDbContext) => time.UtcTicks,
        (DateTimeOffset time, _) => time.ToUniversalTime(),
        (Guid id, SqliteLabFlowDbContext) => UpperCase(id),
        (DateOnly date, SqliteLabFlowDbContext) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    private static string UpperCase(Guid id) => string.Create(36, id, static (text, id) =>
    {
        id.TryFormat(text, out _);
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }
    });
}

/// <summary>
/// One of the commit's writes (<see cref="WorkflowConnection.ExecuteAsync"/>, and the multi-row INSERTs of
/// <see cref="WorkflowConnection.InsertAsync{T}(string, string[], SharedColumns, IReadOnlyList{T}, Func{T, object?[]}, CancellationToken)"/>):
/// its SQL and its parameters' names, without the <c>@</c>, in the order their values are given.
/// </summary>
internal sealed class WorkflowStatement(string sql, params string[] parameterNames)
{
    public string Sql { get; } = sql;

    public string[] ParameterNames { get; } = parameterNames;

    /// <summary>The names as SQLite looks them up in the statement, with their <c>@</c>.</summary>
    public string[] BoundNames { get; } = [.. parameterNames.Select(name => "@" + name)];
}
