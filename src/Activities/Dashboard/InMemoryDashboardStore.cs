using LabFlow.Activities.Labs;
using LabFlow.Activities.Register;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Dashboard;

/// <summary>The dashboard's counts over the in-memory stores (tests and the engine on its own): every lab is read and counted here.</summary>
public sealed class InMemoryDashboardStore(
    ILabListStore labList, IStepAnswerReader answers, IParticipantRegisterStore register, IWorkflowDefinitionStore definitions) : IDashboardStore
{
    public async Task<DashboardFigures> ReadFiguresAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> labFlowIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labFlowIds);
        var labs = await LabsAsync(administrations, today, cancellationToken);
        var versions = new List<WorkflowDefinition>();
        foreach (var latest in await definitions.ListLatestAsync(cancellationToken))
        {
            versions.AddRange((await definitions.ListVersionsAsync(latest.Definition.Id, cancellationToken)).Select(v => v.Definition));
        }

        return new DashboardFigures(
            [
                .. labs.GroupBy(i => (i.Lab.AdministrationId, i.Lab.DefinitionId, Started: i.Lab.StartDate <= today))
                    .Select(g => new DashboardLabCount(g.Key.AdministrationId, g.Key.DefinitionId, g.Key.Started, g.Count())),
            ],
            labs.Where(i => labFlowIds.Contains(i.Lab.DefinitionId) && i.OverdueTasks > 0)
                .GroupBy(i => i.Lab.AdministrationId)
                .ToDictionary(g => g.Key, g => g.Sum(i => i.OverdueTasks)),
            versions);
    }

    public async Task<IReadOnlyList<IReadOnlyList<LabListItem>>> ListLabsAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyList<DashboardLabSelection> selections, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selections);
        var labs = await LabsAsync(administrations, today, cancellationToken);
        return
        [
            .. selections.Select(s =>
            {
                var chosen = labs.Where(i => s.DefinitionIds.Contains(i.Lab.DefinitionId)
                    && (s.AdministrationId is null || i.Lab.AdministrationId == s.AdministrationId)
                    && (s.Started is null || (i.Lab.StartDate <= today) == s.Started));
                IReadOnlyList<LabListItem> page = s.Started switch
                {
                    true => [.. chosen.OrderByDescending(i => i.Lab.StartDate).ThenByDescending(i => i.Lab.CreatedAt).Take(take)],
                    false => [.. chosen.OrderBy(i => i.Lab.StartDate).ThenBy(i => i.Lab.CreatedAt).Take(take)],
                    null => [.. chosen.Take(take)],
                };
                return page;
            }),
        ];
    }

    public async Task<DashboardLabPage> ListLabsWithCompletedStepsAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> stepIds, int skip, int take, DateOnly today, CancellationToken cancellationToken)
    {
        var measured = (await answers.ListCompletedAsync(stepIds, cancellationToken)).Select(t => t.LabId).ToHashSet();
        var labs = (await LabsAsync(administrations, today, cancellationToken)).Where(i => measured.Contains(i.Lab.Id)).ToList();
        return new DashboardLabPage([.. labs.Skip(skip).Take(take)], labs.Count > skip + take);
    }

    public async Task<IReadOnlyList<Lab>> ListLabsWithAttendanceAsync(IReadOnlyCollection<string>? administrations, CancellationToken cancellationToken)
    {
        var attended = (await register.ListAttendanceAsync(null, null, null, cancellationToken)).Select(a => a.LabId).ToHashSet();
        var all = await labList.ListAsync(new LabVisibility(Guid.Empty, administrations), new LabListFilter(), null, int.MaxValue, DateOnly.MinValue, cancellationToken);
        return [.. all.Select(i => i.Lab).Where(l => attended.Contains(l.Id) && (administrations is null || administrations.Contains(l.AdministrationId)))];
    }

    /// <summary>The labs in scope that are not cancelled, newest first.</summary>
    private async Task<List<LabListItem>> LabsAsync(IReadOnlyCollection<string>? administrations, DateOnly today, CancellationToken cancellationToken) =>
    [
        .. (await labList.ListAsync(new LabVisibility(Guid.Empty, administrations), new LabListFilter(), null, int.MaxValue, today, cancellationToken))
            .Where(i => i.Status != WorkflowStatus.Cancelled && (administrations is null || administrations.Contains(i.Lab.AdministrationId))),
    ];
}
