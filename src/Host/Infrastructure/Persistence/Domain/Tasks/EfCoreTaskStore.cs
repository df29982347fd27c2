using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// Tasks in the database. Steps write them through <see cref="TaskEffectWriter"/> in their burst's transaction;
/// commands outside bursts write here with a conditional UPDATE on the version.
/// </summary>
internal sealed partial class EfCoreTaskStore(LabFlowDbContext db, WorkflowConnection connection) : ITaskStore, ITaskCommands
{
    private IQueryable<TaskRow> Tasks => db.Set<TaskRow>().AsNoTracking();

    private IQueryable<TaskPersonRow> People => db.Set<TaskPersonRow>().AsNoTracking();

    // A step run's whole tasks (an "each participant" step gathering its answers), compiled once per model: EF Core
    // otherwise rebuilds and looks up each LINQ query per call (issue 17, session 13's profile of the request).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, Guid, IAsyncEnumerable<TaskRow>>> StepRunRows = new(() =>
        EF.CompileAsyncQuery<LabFlowDbContext, Guid, Guid, TaskRow>((db, labId, stepRunId) =>
            db.Set<TaskRow>().AsNoTracking().Where(t => t.LabId == labId && t.StepRunId == stepRunId).OrderBy(t => t.CreatedAt)));

    // Every completion's burst asks this of its step run: the columns only, never the JSON in Data, as a plain command
    // on the scope's connection (session 18). Same WHERE and ORDER BY as StepRunRows.
    private const string SelectStepRunTasks = """
        SELECT "Id", "Status", "AssigneeId" FROM "Tasks" WHERE "LabId" = @labId AND "StepRunId" = @stepRunId ORDER BY "CreatedAt"
        """;

    /// <summary>
    /// The task every completion decides on: a plain command on the scope's connection (issue 17, session 18: EF Core's
    /// compiled query still spent half this read's allocations in its pipeline), reading only the JSON and the version,
    /// which is all a task needs (<see cref="TaskRows.FindAsync"/>).
    /// </summary>
    public Task<LabTask?> FindAsync(Guid taskId, CancellationToken cancellationToken) =>
        TaskRows.FindAsync(db, connection, taskId, cancellationToken);

    public async Task<IReadOnlyList<LabTask>> ListByLabAsync(Guid labId, CancellationToken cancellationToken)
    {
        var rows = await Tasks.Where(t => t.LabId == labId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(TaskRows.ToTask)];
    }

    public async Task<IReadOnlyList<LabTask>> ListByStepRunAsync(Guid labId, Guid stepRunId, CancellationToken cancellationToken)
    {
        var tasks = new List<LabTask>();
        await foreach (var row in StepRunRows.For(db)(db, labId, stepRunId).WithCancellation(cancellationToken))
        {
            tasks.Add(TaskRows.ToTask(row));
        }

        return tasks;
    }

    public Task<IReadOnlyList<StepRunTask>> ListStepRunTasksAsync(Guid labId, Guid stepRunId, CancellationToken cancellationToken) =>
        connection.ListAsync(
            SelectStepRunTasks,
            command => command.With(db, "labId", labId).With(db, "stepRunId", stepRunId),
            reader => new StepRunTask(reader.GetGuid(0), Enum.Parse<LabTaskStatus>(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetGuid(2)),
            cancellationToken);

    public async Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, bool includeClosed, CancellationToken cancellationToken)
    {
        // Two index lookups (assignee; candidate or informed) narrow the tasks down; whether a candidate still
        // sees a task (only while nobody claimed it) is decided on the task itself, as the in-memory store does.
        var involved = Tasks.Where(t => t.AssigneeId == personId).Select(t => t.Id)
            .Union(People.Where(p => p.PersonId == personId).Select(p => p.TaskId));
        var rows = await Tasks
            .Where(t => involved.Contains(t.Id) && (includeClosed || t.IsOpen))
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(TaskRows.ToTask)
                .Where(t => t.AssigneeId == personId || t.Informed.Contains(personId) || (t.AssigneeId is null && t.Candidates.Contains(personId)))
                .OrderBy(t => t.Due?.ToDateTime(TimeOnly.MinValue) ?? DateTime.MaxValue)
                .ThenBy(t => t.CreatedAt),
        ];
    }

    public async Task<IReadOnlyList<LabTask>> ListWithRemindersDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken)
    {
        var by = dueBy.ToUniversalTime();
        var rows = await Tasks
            .Where(t => t.NextReminderAt != null && t.NextReminderAt <= by && t.IsOpen)
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(TaskRows.ToTask)];
    }

    public async Task<LabTask> AddAsync(LabTask task, CancellationToken cancellationToken)
    {
        var stored = task with { Version = 1 };
        db.Add(TaskRows.ToRow(stored, await TaskRows.LabAsync(db, task.LabId, cancellationToken)));
        db.AddRange(TaskRows.PeopleOf(stored));
        try
        {
            await db.SaveAndForgetAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            throw new LabDomainException("task_exists", TaskMessages.Exists.With(("taskId", task.Id)));
        }

        return stored;
    }

    public Task<LabTask> UpdateAsync(LabTask task, long expectedVersion, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async () =>
            {
                var updated = task with { Version = expectedVersion + 1 };
                if (await TaskRows.UpdateAsync(db, connection, updated, expectedVersion, cancellationToken) != 1)
                {
                    throw new LabDomainException("task_conflict", TaskMessages.ChangedConcurrently.With(("taskId", task.Id)));
                }

                // The version check above holds the row, so replacing its people cannot interleave with another change.
                await db.Set<TaskPersonRow>().Where(p => p.TaskId == task.Id).ExecuteDeleteAsync(cancellationToken);
                db.AddRange(TaskRows.PeopleOf(updated));
                await db.SaveAndForgetAsync(cancellationToken);
                return updated;
            },
            cancellationToken);
}
