using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.StartupSteps;

/// <summary>
/// Runs each start-up step once per database and records it in <c>CompletedStartupSteps</c>, so a step that scans a
/// whole table (every task's JSON) costs one read of that small table at later starts. A database from before a
/// step (an upgrade, a restored backup) has no record of it, so the step runs there at its first start.
/// </summary>
internal static class OneTimeStartupSteps
{
    /// <summary>The steps the Host runs after migrating, in order.</summary>
    public static IReadOnlyList<StartupStep> All { get; } =
    [
        new("2026-12-person-sort-key", PersonSortKeyBackfill.RunAsync),
        new("2026-12-task-follow-up", TaskFollowUpBackfill.RunAsync),
    ];

    /// <returns>The names of the steps that ran (those not recorded before).</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(
        LabFlowDbContext db, IReadOnlyList<StartupStep> steps, TimeProvider time, CancellationToken cancellationToken)
    {
        var done = await db.Set<CompletedStartupStepRow>().AsNoTracking().Select(s => s.Name).ToListAsync(cancellationToken);
        var ran = new List<string>();
        foreach (var step in steps.Where(s => !done.Contains(s.Name)))
        {
            await step.RunAsync(db, cancellationToken);
            await RecordAsync(db, step.Name, time.GetUtcNow(), cancellationToken);
            ran.Add(step.Name);
        }

        return ran;
    }

    private static async Task RecordAsync(LabFlowDbContext db, string name, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = db.Set<CompletedStartupStepRow>().Add(new CompletedStartupStepRow { Name = name, CompletedAt = at });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Another node that started at the same time ran the step too (it is idempotent) and recorded it first.
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }
}
