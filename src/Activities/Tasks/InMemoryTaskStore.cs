using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Tasks in memory. Effects of a burst are applied inside the engine store's commit lock
/// (<see cref="IInMemoryCommitParticipant"/>), so task rows change atomically with the instance.
/// </summary>
public sealed class InMemoryTaskStore : ITaskStore, ITaskCommands, IInMemoryCommitParticipant
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, LabTask> _tasks = [];
    private readonly HashSet<Guid> _appliedEffects = [];

    public void Check(WorkflowCommit commit)
    {
        lock (_gate)
        {
            foreach (var completed in commit.Effects.OfType<TaskCompleted>())
            {
                if (_tasks.TryGetValue(completed.TaskId, out var stored))
                {
                    completed.EnsureStillFor(stored);
                }
            }
        }
    }

    public void Apply(WorkflowCommit commit)
    {
        lock (_gate)
        {
            foreach (var effect in commit.Effects)
            {
                if (!_appliedEffects.Add(effect.Id))
                {
                    continue;
                }

                switch (effect)
                {
                    case TaskCreated created:
                        _tasks[created.Task.Id] = Copy(created.Task) with { Version = 1 };
                        break;
                    case TaskCompleted completed:
                        Change(completed.TaskId, t => TaskEffects.ApplyTo(t, completed, commit.Instance.UpdatedAt));
                        break;
                    case TaskSkipped skipped:
                        Change(skipped.TaskId, t => TaskEffects.ApplyTo(t, skipped, commit.Instance.UpdatedAt));
                        break;
                    case TaskNotNeeded notNeeded:
                        Change(notNeeded.TaskId, t => TaskEffects.ApplyTo(t, notNeeded, commit.Instance.UpdatedAt));
                        break;
                    case BookmarkClosed closed:
                        foreach (var task in _tasks.Values.Where(t => t.BookmarkId == closed.BookmarkId && t.IsOpen).ToList())
                        {
                            Change(task.Id, t => TaskEffects.ApplyTo(t, closed, commit.Instance.UpdatedAt));
                        }

                        break;
                }
            }
        }
    }

    public Task<LabTask?> FindAsync(Guid taskId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tasks.TryGetValue(taskId, out var task) ? Copy(task) : null);
        }
    }

    public Task<IReadOnlyList<LabTask>> ListByLabAsync(Guid labId, CancellationToken cancellationToken) =>
        List(t => t.LabId == labId, t => t.CreatedAt);

    public Task<IReadOnlyList<LabTask>> ListByStepRunAsync(Guid labId, Guid stepRunId, CancellationToken cancellationToken) =>
        List(t => t.LabId == labId && t.StepRunId == stepRunId, t => t.CreatedAt);

    public async Task<IReadOnlyList<StepRunTask>> ListStepRunTasksAsync(Guid labId, Guid stepRunId, CancellationToken cancellationToken) =>
        [.. (await ListByStepRunAsync(labId, stepRunId, cancellationToken)).Select(StepRunTask.Of)];

    public Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, bool includeClosed, CancellationToken cancellationToken) =>
        List(
            t => (includeClosed || t.IsOpen) && (t.AssigneeId == personId || t.Informed.Contains(personId) || (t.AssigneeId is null && t.Candidates.Contains(personId))),
            t => t.Due?.ToDateTime(TimeOnly.MinValue) ?? DateTime.MaxValue);

    public Task<IReadOnlyList<LabTask>> ListWithRemindersDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken) =>
        List(t => t.IsOpen && t.Reminders.Any(r => r <= dueBy && !t.RemindersSent.Contains(r)), t => t.CreatedAt);

    public Task<LabTask> AddAsync(LabTask task, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = Copy(task) with { Version = 1 };
            if (!_tasks.TryAdd(task.Id, stored))
            {
                throw new LabDomainException("task_exists", TaskMessages.Exists.With(("taskId", task.Id)));
            }

            return Task.FromResult(Copy(stored));
        }
    }

    public Task<LabTask> UpdateAsync(LabTask task, long expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(task.Id, out var stored) || stored.Version != expectedVersion)
            {
                throw new LabDomainException("task_conflict", TaskMessages.ChangedConcurrently.With(("taskId", task.Id)));
            }

            var updated = Copy(task) with { Version = expectedVersion + 1 };
            _tasks[task.Id] = updated;
            return Task.FromResult(Copy(updated));
        }
    }

    /// <summary>Applies <paramref name="change"/> (<c>null</c>: nothing to change) with the next version.</summary>
    private void Change(Guid taskId, Func<LabTask, LabTask?> change)
    {
        if (_tasks.TryGetValue(taskId, out var task))
        {
            if (change(task) is { } changed)
            {
                _tasks[taskId] = changed with { Version = task.Version + 1 };
            }
        }
    }

    private Task<IReadOnlyList<LabTask>> List<TKey>(Func<LabTask, bool> predicate, Func<LabTask, TKey> orderBy)
    {
        lock (_gate)
        {
            IReadOnlyList<LabTask> result = [.. _tasks.Values.Where(predicate).OrderBy(orderBy).ThenBy(t => t.CreatedAt).Select(Copy)];
            return Task.FromResult(result);
        }
    }

    // JSON nodes are mutable: nobody outside may change what the store holds.
    private static LabTask Copy(LabTask task) => task with
    {
        DueSpec = task.DueSpec?.DeepClone(),
        Form = (JsonArray?)task.Form?.DeepClone(),
        Answers = (JsonObject?)task.Answers?.DeepClone(),
        Draft = (JsonObject?)task.Draft?.DeepClone(),
    };
}
