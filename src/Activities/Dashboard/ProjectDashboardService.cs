using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// The project dashboard: labs per administration against the goal with their phase and overdue tasks, conferences and
/// seminars held and planned, participants and hours (through the register's <see cref="ParticipationQuery"/>) by sex,
/// organisation, profession group and month, and each lab's indicators by sex from the baseline through the follow-ups.
/// The figures are counted in the database (<see cref="IDashboardStore"/>: GROUP BY and COUNT), each with the first
/// <see cref="ShownLabs"/> labs behind it; the indicator tables come <see cref="IndicatorPageSize"/> labs a page. So it
/// reads a fixed number of queries and a bounded number of rows whatever the number of labs; only the register's
/// attendance rows are summed here (people count once per group, across profiles and guests).
/// The project team and administrators see every administration; facilitators and coordinators their own
/// (<see cref="Permission.SeeProject"/>). Indicators are found by the form presets
/// <see cref="FormPresets.IndicatorsBySex"/> and <see cref="FormPresets.IndicatorsBySexFollowUp"/>, never by step ids,
/// and their answers follow the read rule (<see cref="AnswerReadRule"/>): a step the viewer may not read is counted, not shown.
/// </summary>
public sealed class ProjectDashboardService(
    IDashboardStore store,
    LabAccess access,
    IDirectory directory,
    IStepAnswerReader answers,
    ParticipationQuery participation,
    ProjectDashboardOptions options,
    LabCalendar calendar,
    TimeProvider timeProvider,
    ISensitiveReadLog? readLog = null)
{
    /// <summary>The most labs a figure lists; the rest are counted, and the lab list shows them all.</summary>
    public const int ShownLabs = 10;

    /// <summary>The labs with indicators per page.</summary>
    public const int IndicatorPageSize = 10;

    /// <summary>How the access log names a read of the people behind a dashboard figure.</summary>
    public const string PeopleReadName = "dashboard-people";

    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone but the project team and administrators.</exception>
    public Task<ProjectDashboard> GetAsync(Guid viewerId, CancellationToken cancellationToken) => GetAsync(viewerId, 0, cancellationToken);

    /// <param name="indicatorPage">Which page of the labs with indicators (from 0; past the last, the last).</param>
    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone but the project team and administrators.</exception>
    public async Task<ProjectDashboard> GetAsync(Guid viewerId, int indicatorPage, CancellationToken cancellationToken)
    {
        // The viewer's grants once for the whole call: the scope and the indicators' read rule ask them four times.
        var grants = await access.GrantsAsync(viewerId, cancellationToken);
        var scope = Scope(LabAccess.AdministrationsGranting(grants, Permission.SeeProject));
        var today = calendar.DateOf(timeProvider.GetUtcNow());
        // The counts and the flows in one read (one round trip on PostgreSQL): each command was a round trip, and the
        // flows alone were thirteen.
        var figures = await store.ReadFiguresAsync(scope, options.LabFlowIds, today, cancellationToken);
        var counts = figures.Labs;
        var flows = new Dictionary<(string Id, int Version), WorkflowDefinition>();
        foreach (var flow in figures.FlowVersions)
        {
            flows[(flow.Id, flow.Version)] = flow;
        }

        var administrations = (await directory.ListAdministrationsAsync(cancellationToken))
            .Where(a => scope is null || scope.Contains(a.Id))
            .ToList();
        var labCounts = counts.Where(c => options.LabFlowIds.Contains(c.DefinitionId))
            .GroupBy(c => c.AdministrationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Labs), StringComparer.Ordinal);

        // The goal is the administrations'; the project's own scope shows only when it runs labs itself.
        var shownAdministrations = administrations
            .Where(a => labCounts.ContainsKey(a.Id) || !(a.IsRetired || ProjectScope.IsProject(a.Id)))
            .ToList();
        var selections = new List<DashboardLabSelection>
        {
            new(options.ConferenceFlowIds, null, true),
            new(options.ConferenceFlowIds, null, false),
            new(options.SeminarFlowIds, null, true),
            new(options.SeminarFlowIds, null, false),
        };
        selections.AddRange(shownAdministrations.Select(a => new DashboardLabSelection(options.LabFlowIds, a.Id, null)));
        var listed = await store.ListLabsAsync(scope, selections, ShownLabs, today, cancellationToken);
        var overdue = figures.OverdueTasks;
        var perAdministration = shownAdministrations
            .Select((a, index) => new AdministrationLabs(
                a.Id,
                a.Name,
                ProjectScope.IsProject(a.Id) ? 0 : options.LabGoalPerAdministration,
                labCounts.GetValueOrDefault(a.Id),
                overdue.GetValueOrDefault(a.Id),
                [.. listed[4 + index].Select(i => ToLab(i, flows)).OrderBy(l => l.StartDate).ThenBy(l => l.Title, StringComparer.CurrentCulture)]))
            .ToList();

        // People who took part in a lab that was later cancelled still took part: only the lab figures leave it out.
        var attended = await store.ListLabsWithAttendanceAsync(scope, cancellationToken);
        var participants = await participation.RowsAsync(attended, ParticipationFilter.All, cancellationToken);
        var (indicators, pages) = await IndicatorsAsync(viewerId, grants, scope, Math.Max(0, indicatorPage), today, flows, cancellationToken);

        return new ProjectDashboard(
            today,
            options.LabGoalPerAdministration,
            perAdministration,
            Events(counts, options.ConferenceFlowIds, listed[0], listed[1], flows),
            Events(counts, options.SeminarFlowIds, listed[2], listed[3], flows),
            ParticipationQuery.Summarise(participants),
            indicators,
            pages);
    }

    /// <summary>
    /// The people behind a participation figure (the drill-down): one row per person per activity, as the register's
    /// query answers within what the viewer may see.
    /// </summary>
    /// <param name="month">A month (<c>yyyy-MM</c>) the attendance falls in, as the figures per month group it.</param>
    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone who may see no administration's figures; <c>invalid</c> for a month that is not <c>yyyy-MM</c>.</exception>
    public async Task<IReadOnlyList<ParticipationRow>> ListParticipantsAsync(Guid viewerId, ParticipationFilter filter, string? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = await ScopeAsync(viewerId, cancellationToken);
        if (month is not null)
        {
            if (!DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first))
            {
                throw LabDomainException.Invalid("month", DashboardMessages.MonthFormat.With(("month", InputErrors.Shortened(month))));
            }

            filter = filter with { From = first, To = first.AddMonths(1).AddDays(-1) };
        }

        var rows = await participation.ListAsync(viewerId, filter, cancellationToken);

        // Names of people are personal data: the read is journaled in the access log like the register's exports, once
        // per administration it covers (the project scope for all of them).
        if (readLog is not null)
        {
            var now = timeProvider.GetUtcNow();
            await readLog.AddAsync(
                [.. (scope ?? [ProjectScope.AdministrationId]).Select(administrationId =>
                    new SensitiveRead(Guid.CreateVersion7(now), viewerId, Guid.Empty, Guid.Empty, administrationId, PeopleReadName, now) { Kind = AccessKind.RegisterExport })],
                cancellationToken);
        }

        return rows;
    }

    /// <summary>The administrations the viewer sees figures of, <c>null</c> for all.</summary>
    private async Task<IReadOnlyCollection<string>?> ScopeAsync(Guid viewerId, CancellationToken cancellationToken) =>
        Scope(await access.AdministrationsGrantingAsync(viewerId, Permission.SeeProject, cancellationToken));

    private static IReadOnlyCollection<string>? Scope(IReadOnlyCollection<string>? granting) =>
        granting is { Count: 0 } ? throw new LabDomainException(LabErrors.Forbidden, DashboardMessages.Forbidden.Message) : granting;

    private static DashboardLab ToLab(LabListItem item, Dictionary<(string Id, int Version), WorkflowDefinition> flows)
    {
        flows.TryGetValue((item.Lab.DefinitionId, item.DefinitionVersion), out var flow);
        return new DashboardLab(
            item.Lab.Id,
            item.Lab.Title,
            item.Lab.AdministrationId,
            item.Lab.DefinitionId,
            item.Lab.StartDate,
            item.State,
            [.. item.ActivePhases.Select(p => new DashboardPhase(p, flow?.Phases.FirstOrDefault(d => d.Id == p)?.Name ?? LocalizedText.Of(p)))],
            item.OverdueTasks);
    }

    /// <summary>A conference or seminar is held on its lab's start date (the day its event step is planned for).</summary>
    private static EventFigures Events(
        IReadOnlyList<DashboardLabCount> counts, IReadOnlyList<string> flows, IReadOnlyList<LabListItem> held, IReadOnlyList<LabListItem> planned,
        Dictionary<(string Id, int Version), WorkflowDefinition> definitions)
    {
        var events = counts.Where(c => flows.Contains(c.DefinitionId)).ToList();
        return new EventFigures(
            events.Where(c => c.Started).Sum(c => c.Labs),
            events.Where(c => !c.Started).Sum(c => c.Labs),
            [.. held.Select(i => ToLab(i, definitions)).OrderBy(l => l.StartDate)],
            [.. planned.Select(i => ToLab(i, definitions)).OrderBy(l => l.StartDate)]);
    }

    /// <summary>One page of the labs with a completed indicator step, each lab's table built from its readable answers.</summary>
    private async Task<(IReadOnlyList<LabIndicators> Labs, IndicatorPaging Paging)> IndicatorsAsync(
        Guid viewerId, PersonGrants grants, IReadOnlyCollection<string>? scope, int page, DateOnly today,
        Dictionary<(string Id, int Version), WorkflowDefinition> flows, CancellationToken cancellationToken)
    {
        var steps = flows.ToDictionary(f => f.Key, f => IndicatorSteps.Of(f.Value));
        var stepIds = steps.Values.SelectMany(s => s.Keys).ToHashSet(StringComparer.Ordinal);
        if (stepIds.Count == 0)
        {
            return ([], new IndicatorPaging(0, IndicatorPageSize, false));
        }

        var found = await store.ListLabsWithCompletedStepsAsync(scope, stepIds, page * IndicatorPageSize, IndicatorPageSize, today, cancellationToken);
        var paging = new IndicatorPaging(page, IndicatorPageSize, found.More);
        var items = found.Labs;
        if (items.Count == 0)
        {
            return ([], paging);
        }

        // Only the page's answers: at 100,000 labs the answers of every lab were 25,000 JSON documents.
        var byLab = (await answers.ListCompletedAsync(stepIds, [.. items.Select(i => i.Lab.Id)], cancellationToken)).ToLookup(t => t.LabId);
        var organisationRoles = LabAccess.OrganisationWideRoles(grants);
        var readerRoles = LabAccess.ReaderRoles(grants);
        var memberships = grants.Memberships;
        var result = new List<LabIndicators>();
        var read = new List<SensitiveRead>();
        var now = timeProvider.GetUtcNow();
        foreach (var item in items)
        {
            var labSteps = steps.GetValueOrDefault((item.Lab.DefinitionId, item.DefinitionVersion));
            var tasks = byLab[item.Lab.Id].Where(t => labSteps is not null && labSteps.ContainsKey(t.ActivityId!)).ToList();
            if (tasks.Count == 0)
            {
                continue;
            }

            var reader = new AnswerReader(
                viewerId,
                item.Lab.People.Where(m => m.PersonId == viewerId).Select(m => m.Role).ToHashSet(),
                readerRoles,
                organisationRoles.Any(r => RoleModel.GrantsEverywhere(r, Permission.ReadOpenAnswers))
                    || memberships.Any(m => RoleModel.GrantsEverywhere(m.Role, Permission.ReadOpenAnswers)
                        || (m.AdministrationId == item.Lab.AdministrationId && RoleModel.Grants(m.Role, Permission.ReadOpenAnswers))));
            var readable = tasks.Where(t => AnswerReadRule.MayRead(t, reader, tasks)).ToList();
            read.AddRange(readable
                .Where(t => t.Readers is not null && !AnswerReadRule.Did(t, viewerId))
                .Select(t => new SensitiveRead(Guid.CreateVersion7(now), viewerId, t.Id, t.LabId, item.Lab.AdministrationId, t.ActivityId, now)));
            result.Add(IndicatorTable.Build(item.Lab, readable, labSteps!, tasks.Count - readable.Count));
        }

        if (read.Count > 0 && readLog is not null)
        {
            await readLog.AddAsync(read, cancellationToken);
        }

        return (result, paging);
    }
}
