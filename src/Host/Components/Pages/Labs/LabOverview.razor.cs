using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Pages.Labs.Panels;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>
/// <c>/labs/{id}</c>: a lab's facts, phases, tasks and timeline for everyone who may see it, and for those who may
/// manage it the facilitator's actions. Every action is authorised as the API authorises it: the caller needs the
/// <see cref="LabFlowPolicies.ManageLabs"/> roles, and then the same domain services (<see cref="LabService"/>,
/// <see cref="TaskService"/>, <see cref="LabService.RequireManagerAsync"/>, <see cref="IWorkflowRuntime"/>) decide;
/// <see cref="LabOverviewQuery"/> reads what it shows. Each action's form is its own component (<c>Panels/</c>), which
/// calls the services and reports back through <see cref="PanelDoneAsync"/>.
/// </summary>
public sealed partial class LabOverview
{
    private LoadState _state = LoadState.Loading;
    private Guid _loadedId;
    private ClaimsPrincipal _user = new();
    private Guid _me;
    private Lab? _lab;
    private string _administration = "";
    private string _status = "";
    private bool _isRunning;
    private bool _canManage;
    private DateOnly _today;
    private IReadOnlyList<PhaseProgress> _progress = [];
    private IReadOnlyList<Incident> _incidents = [];
    private List<LabTask> _openTasks = [];
    private List<LabTask> _doneTasks = [];
    private IReadOnlyList<(LabTask OpenTask, int Done, int Total)> _closableSteps = [];
    private KeysetWindow<LabTask> _doneShown = new(NewestClosedFirst, DefaultListPageSize);
    private WorkflowDefinition? _definition;

    /// <summary>What the lab's flow runs (a lab, a conference …), so the page calls it by its own name.</summary>
    private FlowKind Kind => _definition?.Kind ?? FlowKinds.Default;
    private IReadOnlyDictionary<string, LocalizedText> _taskTitles = new Dictionary<string, LocalizedText>();
    private Dictionary<Guid, string> _people = [];

    private LabPanel _panel;
    private LabTask? _panelTask;
    private Incident? _panelIncident;
    private int _opened;
    private LabNotice? _notice;
    private bool _busy;
    private bool _focusNotice;
    private ElementReference _noticeElement;

    private enum LoadState
    {
        Loading,
        Loaded,
        NotFound,
        Forbidden,
    }

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id && _state != LoadState.Loading)
        {
            return;
        }

        _loadedId = Id;
        _state = LoadState.Loading;
        _doneShown = new(NewestClosedFirst, ListPageSize);
        _timeline = [];
        _timelineNext = null;
        _timelineLast = null;
        _user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        try
        {
            _me = _user.PersonId();
        }
        catch (WorkflowException)
        {
            _state = LoadState.Forbidden;
            return;
        }

        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // An opened panel focuses its own heading (LabActionPanel); the page focuses what an action reports.
        if (_focusNotice && _notice is not null)
        {
            _focusNotice = false;
            await _noticeElement.FocusAsync();
        }
    }

    /// <summary>Reads the lab as GET /api/v1/labs/{id} does; called again after every action, so the page updates in place.</summary>
    private async Task LoadAsync()
    {
        // The API lets only facilitators and administrators reach the managing endpoints; the domain then checks the lab.
        var holdsManagingRole = _user.IsInRole(LabFlowRoles.Facilitator) || _user.IsInRole(LabFlowRoles.Admin);
        LabOverviewModel model;
        try
        {
            model = await ScopedServices.GetRequiredService<LabOverviewQuery>().LoadAsync(Id, _me, holdsManagingRole, CancellationToken.None);
        }
        catch (LabDomainException exception)
        {
            // Another administration's lab shows nothing of itself.
            _state = exception.Code == LabErrors.Forbidden ? LoadState.Forbidden : LoadState.NotFound;
            return;
        }

        _lab = model.Lab;
        _today = model.Today;
        _administration = model.AdministrationName;
        _status = LabTexts.StatusText(model.Instance.Status, _lab.Paused);
        _isRunning = model.Instance.Status is WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted;
        _incidents = model.Instance.State.Incidents;
        _progress = model.Progress;
        _definition = model.Definition;
        _canManage = model.CanManage;
        _openTasks = [.. model.Tasks.Where(t => t.IsOpen).OrderBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.CreatedAt)];
        _doneTasks = [.. model.Tasks.Where(t => !t.IsOpen).OrderByDescending(t => t.ClosedAt).ThenBy(t => t.Id)];
        _closableSteps = EachStepClosing.ClosableSteps(model.Tasks);
        _taskTitles = model.TaskTitles;
        _people = new Dictionary<Guid, string>(model.People);
        _model = model;
        _doneShown.Show(_doneTasks);
        await ReloadTimelineAsync();
        _state = LoadState.Loaded;
    }

    private string SkipText(LabTask task, TaskHistoryEntry skip)
    {
        var text = LabManageTexts.SkippedInTimeline(task.Title.Get(), skip.Note ?? "");
        return ActorName(skip.Actor) is { } actor ? $"{text} ({LabTexts.By(actor)})" : text;
    }

    /// <summary>Opens one management form; a fresh panel instance each time (<c>@key</c>), so it starts empty and takes the focus.</summary>
    private void Open(LabPanel panel, LabTask? task = null)
    {
        _panel = panel;
        _panelTask = task;
        _panelIncident = null;
        _notice = null;
        _opened++;
    }

    private void OpenIncidentSkip(Incident incident)
    {
        Open(LabPanel.IncidentSkip);
        _panelIncident = incident;
    }

    private void ClosePanel()
    {
        _panel = LabPanel.None;
        _panelTask = null;
        _panelIncident = null;
    }

    /// <summary>A panel's action is done: show what happened, close the panel if it worked, and show the lab as it is now.</summary>
    private async Task PanelDoneAsync(LabNotice notice)
    {
        if (notice.Success)
        {
            ClosePanel();
        }

        Notify(notice);
        await LoadAsync();
    }

    /// <summary>Retrying a failed step needs no form, so the page runs it itself.</summary>
    private async Task RetryAsync(Incident incident)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            Notify(await LabActionRunner.RunAsync(
                ScopedServices,
                (labs, _) => labs.RetryFailedStepAsync(Id, incident.Id, _me, CancellationToken.None),
                () => LabManageTexts.Retried(StepName(incident.ActivityId))));
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private void Notify(LabNotice notice)
    {
        _notice = notice;
        _focusNotice = true;
    }

    private string PersonName(Guid personId) => _people.GetValueOrDefault(personId, "");

    private string Assignee(LabTask task) =>
        task.AssigneeId is { } id ? _people.GetValueOrDefault(id, "") : LabTexts.Unassigned(task.Candidates.Count);

    private string? ActorName(string actor) =>
        Guid.TryParse(actor, out var id) && _people.TryGetValue(id, out var name) ? name : null;

    private string Describe(JournalEntry entry)
    {
        var text = entry.Event == JournalEvent.WorkflowCancelled && entry.Message is { Length: > 0 } reason
            ? LabManageTexts.CancelledInTimeline(reason, Kind)
            : entry.Event == JournalEvent.ActivitySkipped && entry.Message is { Length: > 0 } skipReason
                ? LabManageTexts.SkippedInTimeline(StepName(entry.ActivityId), skipReason)
                : LabTexts.Journal(entry.Event, StepName(entry.ActivityId), entry.Outcome, Kind);
        return ActorName(entry.Actor) is { } actor ? $"{text} {LabTexts.By(actor)}" : text;
    }

    private string StepName(string? activityId)
    {
        if (activityId is null)
        {
            return "";
        }

        if (_taskTitles.TryGetValue(activityId, out var title))
        {
            return title.Get();
        }

        return _definition?.FindActivity(activityId)?.Name?.Get() ?? activityId;
    }
}
