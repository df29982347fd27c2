using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>
/// The lab list in three queries whatever the page size: labs with their instance's state (filtered, sorted and cut in
/// the database, keyset on creation instant and id, read in order from the (CreatedAt, Id) index so the database stops
/// after the page), then the page's overdue counts and its active phases. The counts are read for the page's labs only:
/// counted in the first query, a database that sorts (a filter the index cannot serve) counts for every lab it sorts.
/// </summary>
internal sealed class EfCoreLabListStore(LabFlowDbContext db) : ILabListStore
{
    private static readonly string Finished = nameof(WorkflowStatus.Finished);
    private static readonly string Cancelled = nameof(WorkflowStatus.Cancelled);

    /// <summary>Up to this many overdue tasks, the overdue filter passes their labs' ids to the list's query.</summary>
    internal const int OverdueTasksAsList = 1000;

    public async Task<IReadOnlyList<LabListItem>> ListAsync(LabVisibility visibility, LabListFilter filter, LabListKey? after, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visibility);
        ArgumentNullException.ThrowIfNull(filter);
        var labs = db.Set<LabRow>().AsNoTracking();
        var tasks = db.Set<TaskRow>().AsNoTracking();
        var phases = db.Set<WorkflowInstancePhaseRow>().AsNoTracking();

        if (visibility.Administrations is { } visible)
        {
            // The lab's people are a JSON list: a viewer is in it when their member object's id is.
            var administrations = visible.ToList();
            var inLab = $"\"personId\":\"{visibility.ViewerId}\"";
            labs = labs.Where(l => administrations.Contains(l.AdministrationId) || l.People.Contains(inLab));
        }

        if (filter.AdministrationId is { } administration)
        {
            labs = labs.Where(l => l.AdministrationId == administration);
        }

        if (filter.Year is { } year and > 0 and < 9999)
        {
            var from = new DateOnly(year, 1, 1);
            var until = from.AddYears(1);
            labs = labs.Where(l => l.StartDate >= from && l.StartDate < until);
        }

        if (filter.Search is { } search)
        {
            var term = search.ToLowerInvariant();
            labs = labs.Where(l => l.Title.ToLower().Contains(term) || l.Challenge.ToLower().Contains(term));
        }

        if (filter.FacilitatorId is { } facilitator)
        {
            var asFacilitator = DomainJson.Serialize(new LabMember(facilitator, Role.Facilitator)).Trim('{', '}');
            labs = labs.Where(l => l.People.Contains(asFacilitator));
        }

        if (after is not null)
        {
            var at = after.CreatedAt.ToUniversalTime();
            var id = after.Id;
            // The first condition alone is what an index range can use; the second is the exact keyset.
            labs = labs.Where(l => l.CreatedAt <= at).Where(l => l.CreatedAt < at || (l.CreatedAt == at && l.Id.CompareTo(id) < 0));
        }

        // A lab row without an instance predates launching in one transaction; the inner join leaves it out.
        var joined = labs.Join(db.Set<WorkflowInstanceRow>().AsNoTracking(), l => l.Id, i => i.Id, (l, i) => new { Lab = l, Instance = i });
        if (filter.Status is { } status)
        {
            var name = status.ToString();
            joined = joined.Where(x => x.Instance.Status == name);
        }

        joined = filter.State switch
        {
            LabListState.Running => joined.Where(x => !x.Lab.Paused && x.Instance.Status != Finished && x.Instance.Status != Cancelled),
            LabListState.Paused => joined.Where(x => x.Lab.Paused && x.Instance.Status != Finished && x.Instance.Status != Cancelled),
            LabListState.Finished => joined.Where(x => x.Instance.Status == Finished),
            LabListState.Cancelled => joined.Where(x => x.Instance.Status == Cancelled),
            _ => joined,
        };

        if (filter.Phase is { } phase)
        {
            joined = joined.Where(x => phases.Any(p => p.InstanceId == x.Instance.Id && p.Phase == phase));
        }

        if (filter.Overdue is { } overdue)
        {
            // The labs with an overdue task as one set read from the (IsOpen, Due) index, not a look-up per lab
            // walked: when few labs are overdue, the page is found only far down the list.
            // IsOpen compared with a parameter: a bare boolean column is no equality SQLite can seek the index on, so
            // it read every entry of (IsOpen, Due, LabId) from its start (8 ms at 100,000 labs) instead of the range.
            var open = true;
            var overdueLabs = tasks.Where(t => t.IsOpen == open && t.Due < today).Select(t => t.LabId);
            if (overdue)
            {
                // Read first as a list of ids: as a subquery PostgreSQL turns the set back into a semi-join per lab and
                // walks every lab of the (CreatedAt, Id) index when few or none are overdue. A short list is a look-up
                // by key per lab instead; a long one means many labs are overdue, and the walk finds a page soon. The
                // read stops after the cap (no DISTINCT, which would read every overdue task first).
                var first = await overdueLabs.Take(OverdueTasksAsList + 1).ToListAsync(cancellationToken);
                if (first.Count == 0)
                {
                    return [];
                }

                // Many overdue: a correlated EXISTS per lab walked, on the task's (LabId) index. As an IN (subquery)
                // SQLite built the whole set of overdue labs (75,000 at the scale benchmark) and sorted every one of
                // them for the page: 150 ms against a few.
                var few = first.Distinct().ToList();
                joined = first.Count <= OverdueTasksAsList
                    ? joined.Where(x => few.Contains(x.Lab.Id))
                    : joined.Where(x => tasks.Any(t => t.LabId == x.Lab.Id && t.IsOpen && t.Due < today));
            }
            else
            {
                joined = joined.Where(x => !overdueLabs.Contains(x.Lab.Id));
            }
        }

        var rows = await joined
            .OrderByDescending(x => x.Lab.CreatedAt)
            .ThenByDescending(x => x.Lab.Id)
            .Take(take)
            .Select(x => new
            {
                x.Lab,
                x.Instance.Status,
                x.Instance.DefinitionVersion,
            })
            .ToListAsync(cancellationToken);
        return await ItemsAsync(db, [.. rows.Select(r => (r.Lab, r.Status, r.DefinitionVersion))], today, cancellationToken);
    }

    /// <summary>Lab rows read with their instance's status and version, completed with their overdue counts and active phases in two queries.</summary>
    internal static async Task<IReadOnlyList<LabListItem>> ItemsAsync(
        LabFlowDbContext db, IReadOnlyList<(LabRow Lab, string Status, int DefinitionVersion)> rows, DateOnly today, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Lab.Id).Distinct().ToList();
        var overdueCounts = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => ids.Contains(t.LabId) && t.IsOpen && t.Due < today)
            .GroupBy(t => t.LabId)
            .Select(g => new { LabId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.LabId, g => g.Count, cancellationToken);
        var active = (await db.Set<WorkflowInstancePhaseRow>().AsNoTracking().Where(p => ids.Contains(p.InstanceId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.InstanceId);
        return
        [
            .. rows.Select(r => new LabListItem(
                EfCoreLabStore.ToLab(r.Lab),
                Enum.Parse<WorkflowStatus>(r.Status),
                r.DefinitionVersion,
                [.. active[r.Lab.Id].OrderBy(p => p.Position).Select(p => p.Phase)],
                overdueCounts.GetValueOrDefault(r.Lab.Id))),
        ];
    }
}
