using LabFlow.Activities.Listing;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// A person's own task list (<c>Mina uppgifter</c> and <c>GET /api/v1/tasks</c>): by due date, a page at a time with an
/// opaque cursor that stays right when tasks are created meanwhile. Only the person's own tasks are read, so no other
/// check is needed.
/// </summary>
public sealed class MyTasksService(
    ITaskListStore store,
    LabCalendar calendar,
    TimeProvider timeProvider,
    ITaskStore? tasks = null,
    StandInRule? standIns = null,
    IDirectory? directory = null)
{
    /// <summary>
    /// The open tasks the person may complete today as a stand-in (<see cref="StandInRule"/>), by due date: they are
    /// kept informed of them, but the work is theirs to do while the period lasts, so My tasks shows them apart.
    /// </summary>
    public async Task<IReadOnlyList<StandInTask>> ListStandingInAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (tasks is null || standIns is null)
        {
            return [];
        }

        var today = calendar.DateOf(timeProvider.GetUtcNow());
        var found = new List<(LabTask Task, Guid Away)>();
        foreach (var task in await tasks.ListForPersonAsync(personId, includeClosed: false, cancellationToken))
        {
            if (task.IsOpen && task.StandsInFor(personId) is { } away && await standIns.MayCompleteAsync(task, personId, today, cancellationToken))
            {
                found.Add((task, away));
            }
        }

        var names = directory is null || found.Count == 0
            ? new Dictionary<Guid, string>()
            : (await directory.ListPeopleAsync([.. found.Select(f => f.Away).Distinct()], cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return [.. found
            .OrderBy(f => f.Task.Due ?? TaskListKey.NoDue).ThenBy(f => f.Task.CreatedAt).ThenBy(f => f.Task.Id)
            .Select(f => new StandInTask(f.Task, f.Away, names.GetValueOrDefault(f.Away, string.Empty)))];
    }

    /// <exception cref="Labs.LabDomainException"><c>invalid</c> for a limit out of range or a cursor this list did not make.</exception>
    public async Task<ListPage<LabTask>> ListAsync(Guid personId, TaskListFilter filter, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var take = ListLimits.PageSize(limit);
        TaskListKey? after = null;
        if (cursor is not null)
        {
            var parts = ListCursor.Decode(cursor, 3);
            after = new TaskListKey(ListCursor.ReadDate(parts[0]), ListCursor.ReadInstant(parts[1]), ListCursor.ReadId(parts[2]));
        }

        var today = calendar.DateOf(timeProvider.GetUtcNow());
        var tasks = await store.ListForPersonAsync(personId, filter, after, take + 1, today, cancellationToken);
        if (tasks.Count <= take)
        {
            return new ListPage<LabTask>(tasks, null);
        }

        var last = TaskListKey.Of(tasks[take - 1]);
        return new ListPage<LabTask>([.. tasks.Take(take)], ListCursor.Encode(ListCursor.Of(last.Due), ListCursor.Of(last.CreatedAt), last.Id.ToString("N")));
    }
}
