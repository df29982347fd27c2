using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Reports;

/// <summary>
/// What the reports read of a lab, through the same rules as the pages: its flow (for the step tags), its tasks as the
/// reader may see them (<see cref="AnswerReadRule"/>: the answers of steps they may not read are gone before any report
/// sees them), the names of the people its answers name, and the access log of each export.
/// </summary>
public sealed class ReportSources(
    ITaskStore tasks,
    AnswerReadRule readRule,
    LabAccess access,
    IDirectory directory,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    TimeProvider timeProvider,
    ISensitiveReadLog? accessLog = null,
    Attachments.IAttachmentStore? attachments = null)
{
    /// <summary>Now, for the report's date and the log.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>The flow version the lab runs; <c>null</c> when its instance or version is gone.</summary>
    public async Task<WorkflowDefinition?> DefinitionAsync(Guid labId, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(labId, cancellationToken);
        return instance is null
            ? null
            : (await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken))?.Definition;
    }

    /// <summary>
    /// The lab's completed tasks as <paramref name="viewerId"/> may see them, oldest completion first, and the completed
    /// tasks whose answers the read rule kept from them.
    /// </summary>
    public async Task<(IReadOnlyList<LabTask> Readable, IReadOnlyList<LabTask> Withheld)> CompletedTasksAsync(Lab lab, Guid viewerId, CancellationToken cancellationToken)
    {
        var all = await tasks.ListByLabAsync(lab.Id, cancellationToken);
        var completed = all.Where(t => t.Status == LabTaskStatus.Completed && t.ActivityId is not null).OrderBy(t => t.ClosedAt).ToList();
        var shown = await readRule.ShowAsync(completed, lab, viewerId, cancellationToken, all);
        return (
            [.. shown.Where(t => t.Answers is not null || completed.Find(c => c.Id == t.Id)?.Answers is null)],
            [.. shown.Where(t => t.Answers is null && completed.Find(c => c.Id == t.Id)?.Answers is not null)]);
    }

    /// <summary>
    /// Whether <paramref name="viewerId"/> may export documents of <paramref name="lab"/>: anyone who sees it (its people,
    /// its administration's members, the organisation-wide roles) except someone who is only a participant.
    /// </summary>
    public async Task<bool> MayExportAsync(Guid viewerId, Lab lab, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(viewerId, lab, cancellationToken))
        {
            return false;
        }

        return lab.People.Any(m => m.PersonId == viewerId && m.Role != Role.Participant)
            || await MayExportForAsync(viewerId, lab.AdministrationId, cancellationToken);
    }

    /// <summary>A member of <paramref name="administrationId"/> in a role other than participant, or an organisation-wide role.</summary>
    public async Task<bool> MayExportForAsync(Guid viewerId, string administrationId, CancellationToken cancellationToken)
    {
        var memberships = await directory.ListMembershipsAsync(viewerId, cancellationToken);
        return memberships.Any(m => m.Role != Role.Participant && string.Equals(m.AdministrationId, administrationId, StringComparison.Ordinal))
            || (await access.OrganisationWideRolesAsync(viewerId, cancellationToken)).Count > 0;
    }

    /// <summary>The names of the people the answers name (person fields) and of the files they hold (file fields), by id.</summary>
    public Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<LabTask> shown, CancellationToken cancellationToken) =>
        AnswerNames.OfAsync(shown.Select(t => t.Answers), directory, attachments, cancellationToken);

    /// <summary>The administration's name; the export is refused with not_found when there is none.</summary>
    public async Task<Administration> AdministrationAsync(string administrationId, CancellationToken cancellationToken) =>
        await directory.FindAdministrationAsync(administrationId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, ReportMessages.AdministrationNotFound.With(("administration", administrationId)));

    /// <summary>The administration's name, or its id when the directory no longer has it.</summary>
    public async Task<string> AdministrationNameAsync(string administrationId, CancellationToken cancellationToken) =>
        (await directory.FindAdministrationAsync(administrationId, cancellationToken))?.Name ?? administrationId;

    /// <summary>Journals one export per lab in the access log (who, when, what): never the document itself.</summary>
    public async Task LogExportAsync(Guid viewerId, IEnumerable<Lab> labs, AccessKind kind, CancellationToken cancellationToken)
    {
        if (accessLog is null)
        {
            return;
        }

        var now = Now;
        var rows = labs.Select(l => new SensitiveRead(Guid.CreateVersion7(now), viewerId, Guid.Empty, l.Id, l.AdministrationId, null, now) { Kind = kind }).ToList();
        if (rows.Count > 0)
        {
            await accessLog.AddAsync(rows, cancellationToken);
        }
    }
}
