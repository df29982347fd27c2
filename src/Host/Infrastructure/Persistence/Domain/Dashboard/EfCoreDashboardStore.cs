using System.Data.Common;
using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Register;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;

/// <summary>
/// The dashboard's counts as GROUP BY queries and its short lists as ordered, cut queries, so its rows read do not
/// grow with the labs shown: the counts are one row per administration, flow and start day, read from indexes
/// alone; a list reads at most the rows it shows (the events' lists walk <c>Labs (DefinitionId, StartDate, …)</c>,
/// an administration's <c>Labs (AdministrationId, CreatedAt)</c>, the measured labs <c>Labs (CreatedAt, Id)</c>).
/// </summary>
internal sealed class EfCoreDashboardStore(LabFlowDbContext db, WorkflowConnection connection, PublishedDefinitionCache cache) : IDashboardStore
{
    private static readonly string Cancelled = nameof(WorkflowStatus.Cancelled);
    private static readonly string Completed = nameof(LabTaskStatus.Completed);

    /// <summary>
    /// The four reads of <see cref="ReadFiguresAsync"/> as one command of four statements: PostgreSQL (Npgsql) sends
    /// them in one round trip and answers with four result sets, SQLite runs them one after the other. None carries
    /// the viewer's scope, so the text is the same for every viewer.
    /// <list type="number">
    /// <item>Every lab, from the counts the triggers keep (<see cref="DashboardCounterSql"/>): a row per flow, start day
    /// and administration, summed in .NET. Counted per call from the <c>Labs (DefinitionId, StartDate,
    /// AdministrationId)</c> index this read every lab (100,000 index entries at scale, 15 ms in PostgreSQL).</item>
    /// <item>The cancelled labs, to subtract: a range of the instances' <c>(Status, CreatedAt)</c> index joined to
    /// their labs by key (joined to every instance, the count had read each instance's row with its state).</item>
    /// <item>The open dated tasks per due day, flow and administration, from the triggers' counts; the overdue ones
    /// are the days before today, picked in .NET, so a task becomes overdue at midnight without a write. Counted per
    /// call from <c>Tasks (IsOpen, Due, DefinitionId, AdministrationId)</c> this read every overdue task (75,000 at
    /// scale, 12 ms in PostgreSQL).</item>
    /// <item>Every stored flow version's key and publication time (the small columns): the parsed flows come from
    /// <see cref="PublishedDefinitionCache"/>. Listed flow by flow through the definition store this was 13 commands.</item>
    /// </list>
    /// The counts' rows are summed per key (PostgreSQL's triggers append a row per change, see
    /// <see cref="DashboardCounterSql"/>), and each key says how many rows it summed, so the reader knows when to compact.
    /// </summary>
    private static readonly string FiguresSql =
        $$"""
        SELECT "DefinitionId", "StartDate", "AdministrationId", CAST(SUM("Labs") AS BIGINT), COUNT(*) FROM "DashboardLabCounts"
        GROUP BY "DefinitionId", "StartDate", "AdministrationId";
        SELECT l."DefinitionId", l."StartDate", l."AdministrationId", COUNT(*), COUNT(*) FROM "WorkflowInstances" AS w
        INNER JOIN "Labs" AS l ON w."Id" = l."Id"
        WHERE w."Status" = '{{Cancelled}}'
        GROUP BY l."DefinitionId", l."StartDate", l."AdministrationId";
        SELECT "DefinitionId", "Due", "AdministrationId", CAST(SUM("Tasks") AS BIGINT), COUNT(*) FROM "DashboardOpenTaskCounts"
        GROUP BY "Due", "DefinitionId", "AdministrationId";
        SELECT "DefinitionId", "Version", "PublishedAt" FROM "WorkflowDefinitionVersions"
        """;

    public async Task<DashboardFigures> ReadFiguresAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> labFlowIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labFlowIds);
        var (all, cancelled, open, versions) = await connection.ReadAsync(
            FiguresSql,
            _ => { },
            async (reader, token) =>
            {
                var all = await ReadCountsAsync(reader, token);
                await reader.NextResultAsync(token);
                var cancelled = await ReadCountsAsync(reader, token);
                await reader.NextResultAsync(token);
                var open = await ReadCountsAsync(reader, token);
                await reader.NextResultAsync(token);
                var versions = new List<(string DefinitionId, int Version, DateTimeOffset PublishedAt)>();
                while (await reader.ReadAsync(token))
                {
                    versions.Add((reader.GetString(0), reader.GetInt32(1), WorkflowSql.ReadTime(reader, 2)));
                }

                return (all, cancelled, open, versions);
            },
            cancellationToken);
        await CompactCountsIfNeededAsync(all.Sum(c => c.Rows) + open.Sum(c => c.Rows), all.Count + open.Count, cancellationToken);

        // The viewer's scope and the flows are applied to the groups (the administration and flow are in their keys),
        // so the figures are those of a WHERE on them.
        var visible = administrations?.ToHashSet(StringComparer.Ordinal);
        var cancelledLabs = cancelled
            .GroupBy(c => (c.AdministrationId, c.DefinitionId, Started: c.Day <= today))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var labs = all
            .Where(c => visible is null || visible.Contains(c.AdministrationId))
            .GroupBy(c => (c.AdministrationId, c.DefinitionId, Started: c.Day <= today))
            .Select(g => new DashboardLabCount(g.Key.AdministrationId, g.Key.DefinitionId, g.Key.Started, (int)(g.Sum(c => c.Count) - cancelledLabs.GetValueOrDefault(g.Key))))
            .Where(c => c.Labs > 0)
            .ToList();
        var flows = labFlowIds.ToHashSet(StringComparer.Ordinal);
        var overdueTasks = open
            .Where(g => g.Day < today && flows.Contains(g.DefinitionId) && (visible is null || visible.Contains(g.AdministrationId)))
            .GroupBy(g => g.AdministrationId, StringComparer.Ordinal)
            .Select(g => (Administration: g.Key, Tasks: (int)g.Sum(r => r.Count)))
            .Where(g => g.Tasks > 0)
            .ToDictionary(g => g.Administration, g => g.Tasks, StringComparer.Ordinal);
        return new DashboardFigures(labs, overdueTasks, await FlowVersionsAsync(versions, cancellationToken));
    }

    /// <summary>
    /// Folds the counts' rows into one per key once they are many more than the keys (only PostgreSQL's triggers
    /// append rows; SQLite's keep one per key). In a transaction of its own, after the read: the next readers sum fewer rows.
    /// </summary>
    private async Task CompactCountsIfNeededAsync(long rows, int keys, CancellationToken cancellationToken)
    {
        if (rows > (2L * keys) + DashboardCounterSql.CompactionSlack)
        {
            await DashboardCountsCompactionJob.CompactAsync(db, connection, cancellationToken);
        }
    }

    /// <summary>A result of <see cref="FiguresSql"/>'s counts: flow, day (start or due), administration, count, rows summed.</summary>
    private static async Task<List<(string AdministrationId, string DefinitionId, DateOnly Day, long Count, long Rows)>> ReadCountsAsync(
        DbDataReader reader, CancellationToken cancellationToken)
    {
        var groups = new List<(string, string, DateOnly, long, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add((reader.GetString(2), reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetInt64(3), reader.GetInt64(4)));
        }

        return groups;
    }

    /// <summary>The parsed flow of every version from the cache; a version not parsed yet is read and parsed once (one command for all of them).</summary>
    private async Task<IReadOnlyList<WorkflowDefinition>> FlowVersionsAsync(
        List<(string DefinitionId, int Version, DateTimeOffset PublishedAt)> versions, CancellationToken cancellationToken)
    {
        var result = new List<WorkflowDefinition>(versions.Count);
        var missing = new List<(string DefinitionId, int Version, DateTimeOffset PublishedAt)>();
        foreach (var version in versions)
        {
            if (cache.Find(version.DefinitionId, version.Version, version.PublishedAt) is { } definition)
            {
                result.Add(definition);
            }
            else
            {
                missing.Add(version);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var ids = missing.Select(m => m.DefinitionId).Distinct(StringComparer.Ordinal).ToList();
        var rows = (await db.DefinitionVersions.AsNoTracking()
                .Where(v => ids.Contains(v.DefinitionId))
                .Select(v => new { v.DefinitionId, v.Version, v.Json })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.DefinitionId, v.Version));
        foreach (var version in missing)
        {
            if (rows.TryGetValue((version.DefinitionId, version.Version), out var row))
            {
                var definition = WorkflowDefinitionSerializer.Deserialize(row.Json);
                cache.Remember(version.DefinitionId, version.Version, version.PublishedAt, definition);
                result.Add(definition);
            }
        }

        return result;
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
