using System.Text.Json;
using LabFlow.Activities.Tasks;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// A person's tasks a page at a time in one query: the database filters (assignee, or candidate while unclaimed, or
/// kept informed; through the AssigneeId and TaskPersons indexes), sorts by due date (none last), creation and id,
/// and cuts the page; only the page's rows are read from JSON. The sort runs over the ids and keys alone (the page's
/// ids in a subquery), so a person with hundreds of open tasks does not have hundreds of JSON documents sorted.
/// </summary>
internal sealed class EfCoreTaskListStore(LabFlowDbContext db) : ITaskListStore
{
    public async Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, TaskListFilter filter, TaskListKey? after, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var me = personId;
        var people = db.Set<TaskPersonRow>().AsNoTracking();
        // The ids first, each part already as narrow as the rule (two index lookups, as EfCoreTaskStore does): their
        // assigned tasks (open only, when closed ones are not asked for: one range of the (AssigneeId, IsOpen, Due)
        // index), and the tasks they are kept informed of or a candidate for while unclaimed. The database then reads
        // only the ids that qualify by primary key, instead of every task the person was ever named on tested again.
        var assigned = db.Set<TaskRow>().AsNoTracking().Where(t => t.AssigneeId == me);
        var named = people
            .Where(p => p.PersonId == me && (p.Relation == TaskPersonRelation.Informed || p.Relation == TaskPersonRelation.Candidate))
            .Join(db.Set<TaskRow>().AsNoTracking(), p => p.TaskId, t => t.Id, (p, t) => new { p.Relation, Task = t })
            .Where(x => x.Relation == TaskPersonRelation.Informed || x.Task.AssigneeId == null);
        if (!filter.IncludeClosed)
        {
            assigned = assigned.Where(t => t.IsOpen);
            named = named.Where(x => x.Task.IsOpen);
        }

        // Both parts are already open only when closed tasks are not asked for, so the rows read by these ids are too.
        var involved = assigned.Select(t => t.Id).Union(named.Select(x => x.Task.Id));
        // Only their own assigned tasks: one range of the (AssigneeId, IsOpen, Due) index, no union.
        var tasks = filter.Assigned == true
            ? assigned
            : db.Set<TaskRow>().AsNoTracking().Where(t => involved.Contains(t.Id));
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

        var page = tasks
            .OrderBy(t => t.Due ?? noDue)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Take(take)
            .Select(t => t.Id);
        var rows = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => page.Contains(t.Id))
            .OrderBy(t => t.Due ?? noDue)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(TaskRows.ToTask)];
    }
}
