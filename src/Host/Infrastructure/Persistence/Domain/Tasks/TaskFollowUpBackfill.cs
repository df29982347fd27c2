using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// Fills <see cref="TaskRow.FollowUp"/> of rows written before the column existed, from the task's JSON, once per
/// database after migrating (<see cref="StartupSteps.OneTimeStartupSteps"/>: the search scans every task's JSON, seconds
/// at 266,000 tasks, so it must not run at every start). Idempotent: it reads only rows whose column is empty while
/// their JSON has a date. Code rather than a migration, as the date is inside a JSON document both providers would
/// have to parse apart.
/// </summary>
internal static class TaskFollowUpBackfill
{
    private const int Batch = 500;

    /// <summary>How DomainJson writes a follow-up date (a task without one has <c>"followUp":null</c>).</summary>
    private const string WithDate = "\"followUp\":\"";

    /// <returns>How many rows were filled.</returns>
    public static async Task<int> RunAsync(LabFlowDbContext db, CancellationToken cancellationToken)
    {
        var filled = 0;
        var after = Guid.Empty;
        while (true)
        {
            var last = after;
            var rows = await db.Set<TaskRow>().AsNoTracking()
                .Where(t => t.FollowUp == null && t.Data.Contains(WithDate) && t.Id.CompareTo(last) > 0)
                .OrderBy(t => t.Id)
                .Take(Batch)
                .Select(t => new { t.Id, t.Data })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                if (FollowUpOf(row.Data) is { } followUp)
                {
                    filled += await db.Set<TaskRow>()
                        .Where(t => t.Id == row.Id && t.FollowUp == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.FollowUp, followUp), cancellationToken);
                }
            }

            if (rows.Count < Batch)
            {
                return filled;
            }

            after = rows[^1].Id;
        }
    }

    private static DateOnly? FollowUpOf(string data) =>
        JsonNode.Parse(data)?["followUp"]?.GetValue<string>() is { } text
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
