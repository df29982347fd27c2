using System.Data.Common;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// The dashboard's counts that the database's triggers keep (<c>DashboardLabCounts</c>, <c>DashboardOpenTaskCounts</c>)
/// against <c>COUNT(*)</c> of the rows they count, key by key; keys whose count rows sum to zero are left out (PostgreSQL
/// keeps a key's +1 and −1 rows until compaction, SQLite a key's zero row).
/// </summary>
internal static class DashboardCounterCheck
{
    private const string Labs = """
        SELECT "DefinitionId" AS f, CAST("StartDate" AS TEXT) AS d, "AdministrationId" AS a, COUNT(*) AS n FROM "Labs"
        GROUP BY "DefinitionId", "StartDate", "AdministrationId"
        """;

    private const string KeptLabs = """
        SELECT "DefinitionId", CAST("StartDate" AS TEXT), "AdministrationId", -SUM("Labs") FROM "DashboardLabCounts"
        GROUP BY "DefinitionId", "StartDate", "AdministrationId"
        """;

    private const string OpenTasks = """
        SELECT "DefinitionId" AS f, CAST("Due" AS TEXT) AS d, "AdministrationId" AS a, COUNT(*) AS n FROM "Tasks"
        WHERE "IsOpen" AND "Due" IS NOT NULL AND "DefinitionId" IS NOT NULL AND "AdministrationId" IS NOT NULL
        GROUP BY "DefinitionId", "Due", "AdministrationId"
        """;

    private const string KeptTasks = """
        SELECT "DefinitionId", CAST("Due" AS TEXT), "AdministrationId", -SUM("Tasks") FROM "DashboardOpenTaskCounts"
        GROUP BY "DefinitionId", "Due", "AdministrationId"
        """;

    /// <summary>
    /// Every key whose rows and kept count differ, with the difference, in one statement (one snapshot: writes that
    /// commit meanwhile, a Host's timers, cannot make it differ).
    /// </summary>
    private const string Differences = $"""
        SELECT 'labs', f, d, a, CAST(SUM(n) AS BIGINT) FROM ({Labs} UNION ALL {KeptLabs}) AS x GROUP BY f, d, a HAVING SUM(n) <> 0
        UNION ALL
        SELECT 'open tasks', f, d, a, CAST(SUM(n) AS BIGINT) FROM ({OpenTasks} UNION ALL {KeptTasks}) AS x GROUP BY f, d, a HAVING SUM(n) <> 0
        """;

    private const string Totals = """
        SELECT (SELECT CAST(COUNT(*) AS BIGINT) FROM "Labs"),
            (SELECT CAST(COUNT(*) AS BIGINT) FROM "Tasks" WHERE "IsOpen" AND "Due" IS NOT NULL AND "DefinitionId" IS NOT NULL AND "AdministrationId" IS NOT NULL)
        """;

    /// <summary>The kept counts equal the counted rows; returns how many labs and open dated tasks there are.</summary>
    public static async Task<(long Labs, long OpenTasks)> AssertMatchesRowsAsync(LabFlowDbContext db, CancellationToken cancellationToken = default)
    {
        Assert.Empty(await ReadAsync(db, Differences, r => $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)} {r.GetString(3)}: {r.GetInt64(4)} more rows than counted", cancellationToken));
        return Assert.Single(await ReadAsync(db, Totals, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken));
    }

    private static async Task<List<T>> ReadAsync<T>(LabFlowDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var openedHere = connection.State != System.Data.ConnectionState.Open;
        if (openedHere)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            if (openedHere)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
