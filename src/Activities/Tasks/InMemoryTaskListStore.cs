namespace LabFlow.Activities.Tasks;

/// <summary>A person's task list over the in-memory task store.</summary>
public sealed class InMemoryTaskListStore(ITaskStore tasks) : ITaskListStore
{
    public async Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, TaskListFilter filter, TaskListKey? after, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return
        [
            .. (await tasks.ListForPersonAsync(personId, filter.IncludeClosed, cancellationToken))
                .Where(t => Matches(t, personId, filter, today))
                .Select(t => (Task: t, Key: TaskListKey.Of(t)))
                .OrderBy(t => t.Key.Due)
                .ThenBy(t => t.Key.CreatedAt.UtcTicks)
                .ThenBy(t => t.Key.Id)
                .Where(t => after is null || After(t.Key, after))
                .Take(take)
                .Select(t => t.Task),
        ];
    }

    private static bool After(TaskListKey key, TaskListKey after) =>
        key.Due > after.Due
        || (key.Due == after.Due && (key.CreatedAt.UtcTicks > after.CreatedAt.UtcTicks
            || (key.CreatedAt.UtcTicks == after.CreatedAt.UtcTicks && key.Id.CompareTo(after.Id) > 0)));

    private static bool Matches(LabTask t, Guid me, TaskListFilter filter, DateOnly today) =>
        (filter.LabId is null || t.LabId == filter.LabId)
        && (filter.Phase is null || string.Equals(t.Phase, filter.Phase, StringComparison.Ordinal))
        && (filter.Overdue is null || (t.IsOpen && t.Due < today) == filter.Overdue)
        && (filter.Claimable is null || (t.IsOpen && t.AssigneeId is null && t.Candidates.Contains(me)) == filter.Claimable)
        && (filter.Assigned is null || (t.AssigneeId == me) == filter.Assigned);
}
