using System.Text.Json;
using LabFlow.Activities.Tasks;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// A person's tasks a page at a time: the database filters (assignee, or candidate while unclaimed, or kept informed;
/// through the AssigneeId and TaskPersons indexes), sorts by due date (none last), creation and id, and cuts the page;
/// only the page's rows are read from JSON. The sort runs over the ids and keys alone (the page's ids in a subquery),
/// so a person with hundreds of open tasks does not have hundreds of JSON documents sorted.
/// </summary>
internal sealed class EfCoreTaskListStore(LabFlowDbContext db) : ITaskListStore
{
    public async Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, TaskListFilter filter, TaskListKey? after, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var me = personId;
        // Two parts, each already as narrow as the rule: their assigned tasks (open only, when closed ones are not
        // asked for: one range of the (AssigneeId, IsOpen, Due) index), and the tasks they are kept informed of or a
        // candidate for while unclaimed.
        var assigned = db.Set<TaskRow>().AsNoTracking().Where(t => t.AssigneeId == me);
        var named = db.Set<TaskPersonRow>().AsNoTracking()
            .Where(p => p.PersonId == me && (p.Relation == TaskPersonRelation.Informed || p.Relation == TaskPersonRelation.Candidate))
            .Join(db.Set<TaskRow>().AsNoTracking(), p => p.TaskId, t => t.Id, (p, t) => new { p.Relation, Task = t })
            .Where(x => x.Relation == TaskPersonRelation.Informed || x.Task.AssigneeId == null);
        if (!filter.IncludeClosed)
        {
            assigned = assigned.Where(t => t.IsOpen);
            named = named.Where(x => x.Task.IsOpen);
        }

        // Only their own assigned tasks: one range of the (AssigneeId, IsOpen, Due) index, no second part.
        IReadOnlyList<IQueryable<TaskRow>> parts = filter.Assigned == true ? [assigned] : [assigned, named.Select(x => x.Task)];
        IQueryable<TaskRow> candidates;
        if (parts.Count == 1)
        {
            candidates = Narrow(parts[0], me, filter, after, today);
        }
        else
        {
            // Each part's own first page of ids, then the page among those few: a union's first page lies within its
            // parts' first pages. As one UNION, SQLite looked every id of both parts up again (600 and more for a busy
            // coordinator) and sorted them in temporary B-trees; this way each part sorts its own index range.
            var ids = new List<Guid>();
            foreach (var part in parts)
            {
                ids.AddRange(await Ordered(Narrow(part, me, filter, after, today)).Take(take).Select(t => t.Id).ToListAsync(cancellationToken));
            }

            if (ids.Count == 0)
            {
                return [];
            }

            var few = ids.Distinct().ToList();
            candidates = db.Set<TaskRow>().AsNoTracking().Where(t => few.Contains(t.Id));
        }

        var page = Ordered(candidates).Take(take).Select(t => t.Id);
        var rows = await Ordered(db.Set<TaskRow>().AsNoTracking().Where(t => page.Contains(t.Id))).ToListAsync(cancellationToken);
        return [.. rows.Select(TaskRows.ToTask)];
    }

    /// <summary>Due date first (none last), then creation and id: the list's order, which its keyset follows.</summary>
    private static IOrderedQueryable<TaskRow> Ordered(IQueryable<TaskRow> tasks)
    {
        var noDue = TaskListKey.NoDue;
        return tasks.OrderBy(t => t.Due ?? noDue).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);
    }

    /// <summary>The filter's conditions and the page's start, on one part of the person's tasks.</summary>
    private IQueryable<TaskRow> Narrow(IQueryable<TaskRow> tasks, Guid me, TaskListFilter filter, TaskListKey? after, DateOnly today)
    {
        var people = db.Set<TaskPersonRow>().AsNoTracking();
        if (filter.LabId is { } labId)
        {
            tasks = tasks.Where(t => t.LabId == labId);
        }

        if (filter.Phase is { } phase)
        {
            // The phase is no column of its own: it is matched in the task's JSON document as DomainJson writes it.
            var written = $"\"phase\":{JsonSerializer.Serialize(phase, DomainJson.Options)}";
            tasks = tasks.Where(t => t.Data.Contains(written));
        }

        tasks = filter.Overdue switch
        {
            true => tasks.Where(t => t.IsOpen && t.Due < today),
            false => tasks.Where(t => !t.IsOpen || t.Due == null || t.Due >= today),
            null => tasks,
        };

        var candidate = TaskPersonRelation.Candidate;
        tasks = filter.Claimable switch
        {
            true => tasks.Where(t => t.IsOpen && t.AssigneeId == null && people.Any(p => p.TaskId == t.Id && p.PersonId == me && p.Relation == candidate)),
            false => tasks.Where(t => !(t.IsOpen && t.AssigneeId == null && people.Any(p => p.TaskId == t.Id && p.PersonId == me && p.Relation == candidate))),
            null => tasks,
        };

        tasks = filter.Assigned switch
        {
            true => tasks.Where(t => t.AssigneeId == me),
            false => tasks.Where(t => t.AssigneeId != me),
            null => tasks,
        };

        var noDue = TaskListKey.NoDue;
        if (after is not null)
        {
            var due = after.Due;
            var at = after.CreatedAt.ToUniversalTime();
            var id = after.Id;
            tasks = tasks.Where(t => (t.Due ?? noDue) > due
                || ((t.Due ?? noDue) == due && (t.CreatedAt > at || (t.CreatedAt == at && t.Id.CompareTo(id) > 0))));
        }

        return tasks;
    }
}
