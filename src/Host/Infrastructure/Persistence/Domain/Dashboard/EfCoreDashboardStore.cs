using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Register;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;

/// <summary>
/// The dashboard's counts as GROUP BY queries and its short lists as ordered, cut queries, so its rows read do not
/// grow with the labs shown: the counts are one row per administration, flow and start day, read from indexes
/// alone; a list reads at most the rows it shows (the events' lists walk <c>Labs (DefinitionId, StartDate, …)</c>,
/// an administration's <c>Labs (AdministrationId, CreatedAt)</c>, the measured labs <c>Labs (CreatedAt, Id)</c>).
/// </summary>
internal sealed class EfCoreDashboardStore(LabFlowDbContext db) : IDashboardStore
{
    private static readonly string Cancelled = nameof(WorkflowStatus.Cancelled);
    private static readonly string Completed = nameof(LabTaskStatus.Completed);

    public async Task<IReadOnlyList<DashboardLabCount>> CountLabsAsync(IReadOnlyCollection<string>? administrations, DateOnly today, CancellationToken cancellationToken)
    {
        // Every lab from the Labs (DefinitionId, StartDate, AdministrationId) index alone, less the cancelled ones (a
        // range of the instances' (Status, CreatedAt) index): joined to every instance, the count read each instance's
        // row with its state (PostgreSQL: a sequential scan of 100,000 instances, 0.7 s under load). The viewer's scope
        // is applied to the counted groups (the administration is part of their key), not in the SQL: with it in the
        // WHERE, SQLite walked the administration's labs through Labs (AdministrationId, CreatedAt), reading every lab
        // row and sorting them for the GROUP BY (124 ms of CPU at 100,000 labs, against 11 ms for the index alone).
        var all = await Count(db.Set<LabRow>().AsNoTracking(), today, cancellationToken);
        var cancelled = (await Count(
                db.Set<WorkflowInstanceRow>().AsNoTracking().Where(i => i.Status == Cancelled).Join(Labs(administrations), i => i.Id, l => l.Id, (i, l) => l),
                today,
                cancellationToken))
            .ToDictionary(c => (c.AdministrationId, c.DefinitionId, c.Started), c => c.Labs);
        var visible = administrations?.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. all.Where(c => visible is null || visible.Contains(c.AdministrationId))
                .Select(c => c with { Labs = c.Labs - cancelled.GetValueOrDefault((c.AdministrationId, c.DefinitionId, c.Started)) })
                .Where(c => c.Labs > 0),
        ];
    }

    public async Task<IReadOnlyDictionary<string, int>> CountOverdueTasksAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> definitionIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitionIds);
        // One range of the (IsOpen, Due, DefinitionId, AdministrationId) index and nothing else: each task row carries
        // its lab's flow and administration (neither changes after launch), so no lab is looked up per overdue task
        // (that look-up was 70-90 ms at 75,000 overdue tasks on both databases). No instance is read, because a
        // cancelled lab's open tasks are closed when it is cancelled. IsOpen is compared with a parameter, not tested
        // as a bare column, so SQLite takes it as the index's first column and ranges on Due. Grouped by the index's
        // own columns after IsOpen, in its order, so both databases count while they walk the range; the flows and
        // the viewer's scope are applied to those groups here. Grouped by administration with the flows in the WHERE,
        // SQLite sorted the 75,000 tasks into a temporary B-tree first (23-40 ms of CPU against 14-18 ms).
        var flows = definitionIds.ToHashSet(StringComparer.Ordinal);
        var visible = administrations?.ToHashSet(StringComparer.Ordinal);
        var open = true;
        var groups = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => t.IsOpen == open && t.Due < today)
            .GroupBy(t => new { t.Due, t.DefinitionId, t.AdministrationId })
            .Select(g => new { g.Key.DefinitionId, g.Key.AdministrationId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups
            .Where(g => g.DefinitionId is not null && g.AdministrationId is not null && flows.Contains(g.DefinitionId)
                && (visible is null || visible.Contains(g.AdministrationId)))
            .GroupBy(g => g.AdministrationId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<IReadOnlyList<LabListItem>>> ListLabsAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyList<DashboardLabSelection> selections, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selections);

        // Every selection's first labs in one command (UNION ALL of the cut queries, each walking its index as on its
        // own): a command each cost a round trip apiece, 8 of the administrator's 29 (6-9 ms each on PostgreSQL under
        // load). A row is then given to every selection it belongs to and each list cut again: a lab that another
        // selection's query brought ranks below the selection's own first labs, so each list is what its own query was.
        IQueryable<LabWithInstance>? union = null;
        foreach (var selection in selections.Where(s => s.DefinitionIds.Count > 0))
        {
            var page = Selected(Running(Selection(Labs(administrations), selection, today)), selection.Started).Take(take);
            union = union is null ? page : union.Concat(page);
        }

        var rows = union is null
            ? []
            : await union.Select(x => new { x.Lab, x.Instance.Status, x.Instance.DefinitionVersion }).ToListAsync(cancellationToken);
        var lists = selections
            .Select(selection =>
            {
                var chosen = rows.Where(r => selection.DefinitionIds.Contains(r.Lab.DefinitionId)
                    && (selection.AdministrationId is null || r.Lab.AdministrationId == selection.AdministrationId)
                    && (selection.Started is null || (r.Lab.StartDate <= today) == selection.Started));
                var ordered = selection.Started switch
                {
                    true => chosen.OrderByDescending(r => r.Lab.StartDate).ThenByDescending(r => r.Lab.CreatedAt),
                    false => chosen.OrderBy(r => r.Lab.StartDate).ThenBy(r => r.Lab.CreatedAt),
                    null => chosen.OrderByDescending(r => r.Lab.CreatedAt).ThenByDescending(r => r.Lab.Id),
                };
                return ordered.DistinctBy(r => r.Lab.Id).Take(take).Select(r => (r.Lab, r.Status, r.DefinitionVersion)).ToList();
            })
            .ToList();

        // The overdue counts and phases of every listed lab at once.
        var items = (await EfCoreLabListStore.ItemsAsync(db, [.. lists.SelectMany(l => l)], today, cancellationToken)).ToLookup(i => i.Lab.Id);
        return [.. lists.Select(l => (IReadOnlyList<LabListItem>)[.. l.Select(r => items[r.Lab.Id].First())])];
    }

    /// <summary>The labs of one selection: its flows, its administration if it names one, started or not.</summary>
    private static IQueryable<LabRow> Selection(IQueryable<LabRow> labs, DashboardLabSelection selection, DateOnly today)
    {
        var flows = selection.DefinitionIds.ToList();
        labs = labs.Where(l => flows.Contains(l.DefinitionId));
        if (selection.AdministrationId is { } administration)
        {
            labs = labs.Where(l => l.AdministrationId == administration);
        }

        return selection.Started switch
        {
            true => labs.Where(l => l.StartDate <= today),
            false => labs.Where(l => l.StartDate > today),
            null => labs,
        };
    }

    /// <summary>A selection's order: latest start first (started), soonest start first (not started), newest created first (either).</summary>
    private static IQueryable<LabWithInstance> Selected(IQueryable<LabWithInstance> running, bool? started) => started switch
    {
        true => running.OrderByDescending(x => x.Lab.StartDate).ThenByDescending(x => x.Lab.CreatedAt),
        false => running.OrderBy(x => x.Lab.StartDate).ThenBy(x => x.Lab.CreatedAt),
        null => running.OrderByDescending(x => x.Lab.CreatedAt).ThenByDescending(x => x.Lab.Id),
    };

    public async Task<DashboardLabPage> ListLabsWithCompletedStepsAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> stepIds, int skip, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepIds);
        var steps = stepIds.ToList();
        var tasks = db.Set<TaskRow>().AsNoTracking();
        // Newest first down the (CreatedAt, Id) index, each lab tested by its own tasks (the (LabId, CreatedAt) index):
        // the walk stops after the page. Counting, or sorting by title, read every completed measurement (25,000 at
        // 100,000 labs: 1.5 s on PostgreSQL under load) to show ten.
        var rows = await Running(Labs(administrations).Where(l => tasks.Any(t => t.LabId == l.Id && t.Status == Completed && t.ActivityId != null && steps.Contains(t.ActivityId))))
            .OrderByDescending(x => x.Lab.CreatedAt)
            .ThenByDescending(x => x.Lab.Id)
            .Skip(skip)
            .Take(take + 1)
            .Select(x => new { x.Lab, x.Instance.Status, x.Instance.DefinitionVersion })
            .ToListAsync(cancellationToken);
        var page = await EfCoreLabListStore.ItemsAsync(db, [.. rows.Take(take).Select(r => (r.Lab, r.Status, r.DefinitionVersion))], today, cancellationToken);
        return new DashboardLabPage(page, rows.Count > take);
    }

    public async Task<IReadOnlyList<Lab>> ListLabsWithAttendanceAsync(IReadOnlyCollection<string>? administrations, CancellationToken cancellationToken)
    {
        // The labs with attendance first (the register's key starts with the lab), then those labs by key: the
        // register covers a few labs, so no walk over every lab.
        var attended = await db.Set<AttendanceRow>().AsNoTracking().Select(a => a.LabId).Distinct().ToListAsync(cancellationToken);
        if (attended.Count == 0)
        {
            return [];
        }

        var rows = await Labs(administrations).Where(l => attended.Contains(l.Id)).ToListAsync(cancellationToken);
        return [.. rows.Select(EfCoreLabStore.ToLab)];
    }

    private static async Task<List<DashboardLabCount>> Count(IQueryable<LabRow> labs, DateOnly today, CancellationToken cancellationToken)
    {
        // Grouped by the (DefinitionId, StartDate, AdministrationId) index's own columns in its order, so SQLite reads
        // that index alone and counts while it walks it (2 ms of CPU for 100,000 labs with the sqlite3 shell); grouped
        // by "started on or before today", it sorted every lab into a temporary B-tree first (52 ms). That is a row per
        // flow, start day and administration (bounded by the days labs start on, not by the labs), summed here.
        var rows = await labs
            .GroupBy(l => new { l.DefinitionId, l.StartDate, l.AdministrationId })
            .Select(g => new { g.Key.DefinitionId, g.Key.StartDate, g.Key.AdministrationId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.GroupBy(r => (r.AdministrationId, r.DefinitionId, Started: r.StartDate <= today))
                .Select(g => new DashboardLabCount(g.Key.AdministrationId, g.Key.DefinitionId, g.Key.Started, g.Sum(r => r.Count))),
        ];
    }

    private IQueryable<LabRow> Labs(IReadOnlyCollection<string>? administrations)
    {
        var labs = db.Set<LabRow>().AsNoTracking();
        if (administrations is null)
        {
            return labs;
        }

        var visible = administrations.ToList();
        return labs.Where(l => visible.Contains(l.AdministrationId));
    }

    /// <summary>The labs with their flow's instance, cancelled ones left out (a lab row without an instance predates launching in one transaction).</summary>
    private IQueryable<LabWithInstance> Running(IQueryable<LabRow> labs) =>
        labs.Join(
            db.Set<WorkflowInstanceRow>().AsNoTracking().Where(i => i.Status != Cancelled),
            l => l.Id,
            i => i.Id,
            (l, i) => new LabWithInstance { Lab = l, Instance = i });

    private sealed class LabWithInstance
    {
        public required LabRow Lab { get; init; }

        public required WorkflowInstanceRow Instance { get; init; }
    }
}
