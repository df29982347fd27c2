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
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// The project dashboard: labs per administration against the goal with their phase and overdue tasks, conferences and
/// seminars held and planned, participants and hours (through the register's <see cref="ParticipationQuery"/>) by sex,
/// organisation, profession group and month, and each lab's indicators by sex from the baseline through the follow-ups.
/// It reads in a fixed number of queries whatever the number of labs (the lab list with its overdue counts, the
/// administrations, one per flow version in use, the indicator steps' tasks, the register's rows), never one per lab.
/// The project team and administrators see every administration; facilitators and coordinators their own
/// (<see cref="Permission.SeeProject"/>). Indicators are found by the form presets
/// <see cref="FormPresets.IndicatorsBySex"/> and <see cref="FormPresets.IndicatorsBySexFollowUp"/>, never by step ids,
/// and their answers follow the read rule (<see cref="AnswerReadRule"/>): a step the viewer may not read is counted, not shown.
/// </summary>
public sealed class ProjectDashboardService(
    ILabListStore labList,
    LabAccess access,
    IDirectory directory,
    IWorkflowDefinitionStore definitions,
    IStepAnswerReader answers,
    ParticipationQuery participation,
    ProjectDashboardOptions options,
    LabCalendar calendar,
    TimeProvider timeProvider,
    ISensitiveReadLog? readLog = null)
{
    /// <summary>The most labs the dashboard reads; far above the project's scale (eight labs, a few events).</summary>
    public const int MaxLabs = 5000;

    /// <summary>How the access log names a read of the people behind a dashboard figure.</summary>
    public const string PeopleReadName = "dashboard-people";

    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone but the project team and administrators.</exception>
    public async Task<ProjectDashboard> GetAsync(Guid viewerId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(viewerId, cancellationToken);
        var today = calendar.DateOf(timeProvider.GetUtcNow());
        var visible = (await labList.ListAsync(new LabVisibility(viewerId, scope), new LabListFilter(), null, MaxLabs, today, cancellationToken))
            .Where(i => scope is null || scope.Contains(i.Lab.AdministrationId))
            .ToList();

        // People who took part in a lab that was later cancelled still took part: only the lab figures leave it out.
        var participants = await participation.RowsAsync([.. visible.Select(i => i.Lab)], ParticipationFilter.All, cancellationToken);
        var items = visible.Where(i => i.Status != WorkflowStatus.Cancelled).ToList();
        var flows = await DefinitionsOfAsync(items, cancellationToken);
        var shown = items.Select(i => ToLab(i, flows)).ToList();

        var administrations = (await directory.ListAdministrationsAsync(cancellationToken))
            .Where(a => scope is null || scope.Contains(a.Id))
            .ToList();
        var labs = shown.Where(l => options.LabFlowIds.Contains(l.DefinitionId)).ToList();
        // The goal is the administrations'; the project's own scope shows only when it runs labs itself.
        var perAdministration = administrations
            .Where(a => labs.Any(l => l.AdministrationId == a.Id) || !(a.IsRetired || ProjectScope.IsProject(a.Id)))
            .Select(a => new AdministrationLabs(
                a.Id,
                a.Name,
                ProjectScope.IsProject(a.Id) ? 0 : options.LabGoalPerAdministration,
                [.. labs.Where(l => l.AdministrationId == a.Id).OrderBy(l => l.StartDate).ThenBy(l => l.Title, StringComparer.CurrentCulture)]))
            .ToList();

        return new ProjectDashboard(
            today,
            options.LabGoalPerAdministration,
            perAdministration,
            Events(shown, options.ConferenceFlowIds, today),
            Events(shown, options.SeminarFlowIds, today),
            ParticipationQuery.Summarise(participants),
            await IndicatorsAsync(viewerId, items, flows, cancellationToken));
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
    private async Task<IReadOnlyCollection<string>?> ScopeAsync(Guid viewerId, CancellationToken cancellationToken)
    {
        var scope = await access.AdministrationsGrantingAsync(viewerId, Permission.SeeProject, cancellationToken);
        return scope is { Count: 0 } ? throw new LabDomainException(LabErrors.Forbidden, DashboardMessages.Forbidden.Message) : scope;
    }

    private async Task<Dictionary<(string Id, int Version), WorkflowDefinition>> DefinitionsOfAsync(IEnumerable<LabListItem> items, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, int), WorkflowDefinition>();
        foreach (var key in items.Select(i => (i.Lab.DefinitionId, i.DefinitionVersion)).Distinct())
        {
            if (await definitions.FindVersionAsync(key.DefinitionId, key.DefinitionVersion, cancellationToken) is { } stored)
            {
                result[key] = stored.Definition;
            }
        }

        return result;
    }

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
    private static EventFigures Events(List<DashboardLab> labs, IReadOnlyList<string> flows, DateOnly today)
    {
        var events = labs.Where(l => flows.Contains(l.DefinitionId)).OrderBy(l => l.StartDate).ToList();
        return new EventFigures([.. events.Where(l => l.StartDate <= today)], [.. events.Where(l => l.StartDate > today)]);
    }

    private async Task<IReadOnlyList<LabIndicators>> IndicatorsAsync(
        Guid viewerId, List<LabListItem> items, Dictionary<(string Id, int Version), WorkflowDefinition> flows, CancellationToken cancellationToken)
    {
        var steps = flows.ToDictionary(f => f.Key, f => IndicatorSteps.Of(f.Value));
        var stepIds = steps.Values.SelectMany(s => s.Keys).ToHashSet(StringComparer.Ordinal);
        if (stepIds.Count == 0)
        {
            return [];
        }

        // Only the shown labs' answers: at 100,000 labs the answers of every lab were 25,000 JSON documents.
        var byLab = (await answers.ListCompletedAsync(stepIds, [.. items.Select(i => i.Lab.Id)], cancellationToken)).ToLookup(t => t.LabId);
        var organisationRoles = await access.OrganisationWideRolesAsync(viewerId, cancellationToken);
        var readerRoles = await access.ReaderRolesAsync(viewerId, cancellationToken);
        var memberships = await directory.ListMembershipsAsync(viewerId, cancellationToken);
        var result = new List<LabIndicators>();
        var read = new List<SensitiveRead>();
        var now = timeProvider.GetUtcNow();
        foreach (var item in items.OrderBy(i => i.Lab.AdministrationId, StringComparer.Ordinal).ThenBy(i => i.Lab.Title, StringComparer.CurrentCulture))
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

        return result;
    }
}
