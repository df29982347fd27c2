using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Everything a lab's page shows, read as GET /api/v1/labs/{id} reads it: the lab domain decides who sees it
/// (<see cref="LabService.GetAsync"/>) and who manages it (<see cref="LabAccess"/>).
/// </summary>
public sealed record LabOverviewModel(
    Lab Lab,
    WorkflowInstance Instance,
    WorkflowDefinition? Definition,
    string AdministrationName,
    DateOnly Today,
    bool CanManage,
    IReadOnlyList<PhaseProgress> Progress,
    IReadOnlyList<LabTask> Tasks,
    IReadOnlyDictionary<Guid, string> People)
{
    /// <summary>The title of the (first) task a step created, by step id: the name a person knows the step by.</summary>
    public IReadOnlyDictionary<string, LocalizedText> TaskTitles { get; } = TitlesOf(Tasks);

    /// <summary>Whether a person sees the step: it made a task, or the flow names it (not Start or End).</summary>
    public bool IsNamedStep(string? activityId) =>
        activityId is not null
        && (TaskTitles.ContainsKey(activityId) || Definition?.FindActivity(activityId) is { Name: not null, Type: not ("Start" or "End") });

    private static Dictionary<string, LocalizedText> TitlesOf(IReadOnlyList<LabTask> tasks) =>
        tasks.Where(t => t.ActivityId is not null)
            .GroupBy(t => t.ActivityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
}

/// <summary>Loads a lab's page (<see cref="LabOverviewModel"/>) with the domain's answers on seeing and managing it.</summary>
public sealed class LabOverviewQuery(
    LabService labs,
    LabAccess access,
    ITaskStore tasks,
    AnswerReadRule readRule,
    IDirectory directory,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    IWorkflowJournalStore journal,
    LabCalendar calendar,
    TimeProvider timeProvider)
{
    /// <param name="holdsManagingRole">
    /// Whether the viewer's sign-in carries a role that may reach the managing actions at all (the API's policy); the
    /// domain then decides for this lab.
    /// </param>
    /// <exception cref="LabDomainException"><c>not_found</c> for no such lab (or no flow behind it); <c>forbidden</c> when the viewer cannot see it.</exception>
    public async Task<LabOverviewModel> LoadAsync(Guid labId, Guid viewerId, bool holdsManagingRole, CancellationToken cancellationToken)
    {
        var lab = await labs.GetAsync(labId, viewerId, cancellationToken);
        var instance = await instances.FindAsync(labId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.NoFlowBehind.With(("labId", labId)));
        var administration = (await directory.FindAdministrationAsync(lab.AdministrationId, cancellationToken))?.Name ?? lab.AdministrationId;
        var definition = (await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken))?.Definition
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.FlowVersionMissing.With(("labId", labId), ("definitionId", instance.DefinitionId), ("version", instance.DefinitionVersion)));
        var canManage = holdsManagingRole && await access.CanManageAsync(viewerId, lab, cancellationToken);

        // As TaskService.ListForLabAsync shows them, without reading the lab and its access again: the viewer sees the
        // lab (GetAsync refused otherwise), so every task is listed, and the answers follow the read rule.
        var allTasks = await tasks.ListByLabAsync(labId, cancellationToken);
        var labTasks = await readRule.ShowAsync(allTasks, lab, viewerId, cancellationToken, labTasks: allTasks);
        var entries = await journal.ListAsync(labId, cancellationToken);

        // The progress as LabService.GetProgressAsync computes it, from the lab, instance, flow and journal already read
        // here (that method reads each of them again: six more round trips per page).
        var progress = LabPhases.Compute(definition, instance, entries);
        var personIds = labTasks.SelectMany(t => t.AssigneeId is { } a ? [a] : Array.Empty<Guid>())
            .Concat(labTasks.SelectMany(t => t.History).Where(h => h.Kind == TaskHistoryKind.Skipped).Select(h => PersonOf(h.Actor)))
            .Concat(lab.People.Select(m => m.PersonId))
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
        var people = (await directory.ListPeopleAsync(personIds, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        // The timeline is read a page at a time by LabTimelineQuery.
        return new LabOverviewModel(
            lab, instance, definition, administration, calendar.DateOf(timeProvider.GetUtcNow()), canManage, progress, labTasks, people);
    }

    private static Guid PersonOf(string actor) => Guid.TryParse(actor, out var id) ? id : Guid.Empty;
}
