using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// Task rows of a burst, in its transaction: created tasks are inserted; completed, skipped and closed (their
/// bookmark closed) tasks change only while open, exactly as <see cref="InMemoryTaskStore"/> applies them.
/// </summary>
internal sealed class TaskEffectWriter(WorkflowConnection connection, TaskReads? taskReads = null) : IEfCoreEffectWriter
{
    // A change races only with commands outside bursts (a comment, a claim); each retry reads the task afresh.
    private const int MaxAttempts = 5;

    public bool CanWrite(IWorkflowEffect effect) => effect is TaskCreated or TaskCompleted or TaskSkipped or TaskNotNeeded or BookmarkClosed;

    public async Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case TaskCreated created:
                var task = created.Task with { Version = 1 };
                rows.Tasks.Add(TaskRows.ToRow(task, await TaskRows.LabInTransactionAsync(db, connection, commit, task.LabId, cancellationToken)));
                rows.TaskPeople.AddRange(TaskRows.PeopleOf(task));
                break;
            case TaskCompleted completed:
                // The row is read again in this transaction: a task handed to someone else since refuses the commit.
                await ChangeAsync(db, commit, rows, completed.TaskId, t => { completed.EnsureStillFor(t); return TaskEffects.ApplyTo(t, completed, commit.Instance.UpdatedAt); }, cancellationToken);
                break;
            case TaskSkipped skipped:
                await ChangeAsync(db, commit, rows, skipped.TaskId, t => TaskEffects.ApplyTo(t, skipped, commit.Instance.UpdatedAt), cancellationToken);
                break;
            case TaskNotNeeded notNeeded:
                await ChangeAsync(db, commit, rows, notNeeded.TaskId, t => TaskEffects.ApplyTo(t, notNeeded, commit.Instance.UpdatedAt), cancellationToken);
                break;
            case BookmarkClosed closed:
                var at = commit.Instance.UpdatedAt;
                var stored = await db.Set<TaskRow>().AsNoTracking()
                    .Where(t => t.BookmarkId == closed.BookmarkId && t.IsOpen)
                    .Select(t => t.Id)
                    .ToListAsync(cancellationToken);
                var added = rows.Tasks.Where(t => t.BookmarkId == closed.BookmarkId && t.IsOpen).Select(t => t.Id);
                foreach (var taskId in stored.Union(added).ToList())
                {
                    await ChangeAsync(db, commit, rows, taskId, t => TaskEffects.ApplyTo(t, closed, at), cancellationToken);
                }

                break;
        }
    }

    /// <summary>Applies <paramref name="change"/> (<c>null</c>: nothing to change) with the next version.</summary>
    private async Task ChangeAsync(
        LabFlowDbContext db, WorkflowCommit commit, EffectRows rows, Guid taskId, Func<LabTask, LabTask?> change, CancellationToken cancellationToken)
    {
        // A task created earlier in this burst is not in the database yet: change the row that will be inserted.
        if (rows.Tasks.Find(t => t.Id == taskId) is { } added)
        {
            var current = TaskRows.ToTask(added);
            if (change(current) is { } changed)
            {
                TaskRows.CopyTo(changed with { Version = current.Version + 1 }, added);
            }

            return;
        }

        // The task as the completing request read it (issue 17: one read less inside the write transaction). The
        // update is on its version, so a task changed since updates nothing and is read below as before.
        taskReads?.Wrote(taskId, null);
        if (taskReads?.Take(taskId) is { } read && change(read) is { } readChanged
            && await TryWriteAsync(db, readChanged with { Version = read.Version + 1 }, read.Version, cancellationToken))
        {
            return;
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await TaskRows.FindAsync(db, connection, taskId, cancellationToken);
            if (stored is null || change(stored) is not { } changed)
            {
                return;
            }

            if (await TryWriteAsync(db, changed with { Version = stored.Version + 1 }, stored.Version, cancellationToken))
            {
                return;
            }
        }

        // The burst runs again from fresh state, as after any lost race.
        throw new ConcurrencyConflictException(commit.Instance.Id, commit.ExpectedConcurrencyToken ?? 0);
    }

    /// <summary>
    /// Writes <paramref name="changed"/> over the row at <paramref name="expectedVersion"/>; when it was, hands it back
    /// to the completing request as a read would return it (<see cref="TaskRows.AsStored"/>: what the row holds, its
    /// JSON serialised once for the UPDATE and not parsed back; issue 17, session 18).
    /// </summary>
    private async Task<bool> TryWriteAsync(LabFlowDbContext db, LabTask changed, long expectedVersion, CancellationToken cancellationToken)
    {
        var written = TaskRows.AsStored(changed);
        if (await TaskRows.UpdateAsync(db, connection, written, expectedVersion, cancellationToken) != 1)
        {
            return false;
        }

        taskReads?.Wrote(written.Id, written);
        return true;
    }
}
