using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Authorization;
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
/// <see cref="LabOverviewQuery"/> reads what it shows.
/// </summary>
public sealed partial class LabOverview
{
    /// <summary>The API's limits (LabsApi, TasksApi).</summary>
    private const int MaxTitleLength = TaskLimits.TitleLength;
    private const int MaxReasonLength = LabLimits.ReasonLength;
    private const int MaxInstructionsLength = TaskLimits.InstructionsLength;
    private const int MaxNoteLength = TaskLimits.NoteLength;
    private const int MaxSkipReasonLength = TaskLimits.ReasonLength;

    private static readonly Role[] LabRoles = [Role.Facilitator, Role.Coordinator, Role.Communicator, Role.HR, Role.Sponsor, Role.Participant];

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
    private List<TimelineItem> _timeline = [];
    private WorkflowDefinition? _definition;
    private IReadOnlyDictionary<string, LocalizedText> _taskTitles = new Dictionary<string, LocalizedText>();
    private IReadOnlyDictionary<Guid, string> _people = new Dictionary<Guid, string>();
    private IReadOnlyList<Person> _choosable = [];

    private LabPanel _panel;
    private LabTask? _panelTask;
    private Incident? _panelIncident;
    private IReadOnlyList<string> _skipOutcomes = [];
    private FormErrors _panelErrors = new();
    private LabNotice? _notice;
    private bool _busy;
    private bool _focusPanel;
    private bool _focusNotice;
    private ElementReference _panelHeading;
    private ElementReference _noticeElement;

    // The open form's values (one form at a time).
    private string? _reason;
    private string? _text;
    private string? _longText;
    private DateOnly? _date;
    private Guid? _personId;
    private Role _role = Role.Participant;

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

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string CurrentPage => "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('#')[0];

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id && _state != LoadState.Loading)
        {
            return;
        }

        _loadedId = Id;
        _state = LoadState.Loading;
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
        if (_focusNotice && _notice is not null)
        {
            _focusNotice = false;
            await _noticeElement.FocusAsync();
        }
        else if (_focusPanel && _panel != LabPanel.None)
        {
            _focusPanel = false;
            await _panelHeading.FocusAsync();
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
        _doneTasks = [.. model.Tasks.Where(t => !t.IsOpen).OrderByDescending(t => t.ClosedAt)];
        _taskTitles = model.TaskTitles;
        _people = model.People;
        _choosable = model.Choosable;
        _timeline = [.. model.Timeline.Select(item => item.Entry is { } entry
            ? new TimelineItem(item.At, item.Sequence, Describe(entry))
            : new TimelineItem(item.At, item.Sequence, SkipText(item.SkippedTask!, item.Skip!)))];
        _state = LoadState.Loaded;
    }

    private string SkipText(LabTask task, TaskHistoryEntry skip)
    {
        var text = LabManageTexts.SkippedInTimeline(task.Title.Get(), skip.Note ?? "");
        return ActorName(skip.Actor) is { } actor ? $"{text} ({LabTexts.By(actor)})" : text;
    }

    private void Open(LabPanel panel, LabTask? task = null)
    {
        _panel = panel;
        _panelTask = task;
        _panelErrors = new FormErrors();
        _notice = null;
        _reason = null;
        _text = null;
        _longText = null;
        _personId = null;
        _role = Role.Participant;
        _date = panel switch
        {
            LabPanel.StartDate => _lab?.StartDate,
            LabPanel.TaskDue => task?.Due,
            _ => null,
        };
        _focusPanel = true;
    }

    private void ClosePanel()
    {
        _panel = LabPanel.None;
        _panelTask = null;
        _panelErrors = new FormErrors();
    }

    private string? Invalid(string fieldId) => _panelErrors.Has(fieldId) ? "true" : null;

    private Task PauseOrResumeAsync()
    {
        var pause = _panel == LabPanel.Pause;
        return RunAsync(
            async (labs, _) =>
            {
                if (pause)
                {
                    await labs.PauseAsync(Id, _me, CancellationToken.None);
                }
                else
                {
                    await labs.ResumeAsync(Id, _me, CancellationToken.None);
                }
            },
            pause ? LabManageTexts.Paused : LabManageTexts.Resumed,
            pause ? LabManageTexts.AlreadyPaused : LabManageTexts.NotPaused);
    }

    private Task CancelLabAsync()
    {
        _panelErrors = new FormErrors();
        var reason = _reason?.Trim();
        if (!RequireText("cancel-reason", reason, MaxReasonLength, LabManageTexts.ReasonRequired))
        {
            return Task.CompletedTask;
        }

        return RunAsync(
            async (labs, _) =>
            {
                await labs.RequireManagerAsync(Id, _me, CancellationToken.None);
                await ScopedServices.GetRequiredService<IWorkflowRuntime>().CancelAsync(Id, _me.ToString(), reason, CancellationToken.None);
            },
            LabManageTexts.Cancelled);
    }

    private Task RetryAsync(Incident incident) =>
        RunAsync(
            async (labs, _) =>
            {
                await labs.RequireManagerAsync(Id, _me, CancellationToken.None);
                await ScopedServices.GetRequiredService<IWorkflowRuntime>().RetryAsync(Id, incident.Id, _me.ToString(), CancellationToken.None);
            },
            LabManageTexts.Retried(StepName(incident.ActivityId)));

    /// <summary>Opens the form that skips a failed step; the outcomes it can go on with come from the step (its default first).</summary>
    private async Task OpenIncidentSkipAsync(Incident incident)
    {
        Open(LabPanel.IncidentSkip);
        _panelIncident = incident;
        _skipOutcomes = await ScopedServices.GetRequiredService<IWorkflowRuntime>().ListSkipOutcomesAsync(Id, incident.ActivityId, CancellationToken.None);
        _text = _skipOutcomes.FirstOrDefault();
    }

    private Task SkipFailedStepAsync()
    {
        _panelErrors = new FormErrors();
        if (_panelIncident is not { } incident)
        {
            return Task.CompletedTask;
        }

        var reason = _reason?.Trim();
        if (!RequireText("incident-skip-reason", reason, LabLimits.ReasonLength, LabManageTexts.ReasonRequired))
        {
            return Task.CompletedTask;
        }

        var request = new SkipFailedStepRequest(incident.Id, reason, _skipOutcomes.Count == 0 ? null : _text);
        return RunAsync(
            (labs, _) => labs.SkipFailedStepAsync(Id, request, _me, CancellationToken.None),
            LabManageTexts.SkippedFailedStep(StepName(incident.ActivityId)));
    }

    private Task MoveStartDateAsync()
    {
        _panelErrors = new FormErrors();
        if (_date is not { } startDate)
        {
            _panelErrors.Add("new-start-date", LabManageTexts.DateRequired);
            return Task.CompletedTask;
        }

        // The version this page read: a lab someone else changed since is refused, not overwritten.
        var version = _lab!.Version;
        return RunAsync((labs, _) => labs.MoveStartDateAsync(Id, startDate, _me, CancellationToken.None, version), LabManageTexts.StartDateMoved(startDate));
    }

    private Task AddTaskAsync()
    {
        _panelErrors = new FormErrors();
        var title = _text?.Trim();
        RequireText("task-title", title, MaxTitleLength, LabManageTexts.TaskTitleRequired);
        if (_longText is { Length: > MaxInstructionsLength })
        {
            _panelErrors.Add("task-instructions", LabManageTexts.TooLong(MaxInstructionsLength));
        }

        if (_personId is null)
        {
            _panelErrors.Add("task-assignee", LabManageTexts.PersonRequired);
        }

        if (_panelErrors.Any)
        {
            return Task.CompletedTask;
        }

        var instructions = string.IsNullOrWhiteSpace(_longText) ? null : LocalizedText.Of(_longText);
        var request = new AdHocTaskRequest(Id, LocalizedText.Of(title!), _personId!.Value, _date, instructions);
        return RunAsync((_, tasks) => tasks.AddAdHocTaskAsync(request, _me, CancellationToken.None), LabManageTexts.TaskAdded(title!));
    }

    private async Task AddPersonAsync()
    {
        _panelErrors = new FormErrors();
        if (_personId is not { } personId)
        {
            _panelErrors.Add("person", LabManageTexts.PersonRequired);
            return;
        }

        var role = _role;
        var person = await ScopedServices.GetRequiredService<IDirectory>().FindPersonAsync(personId, CancellationToken.None);
        if (person is not { Active: true })
        {
            _panelErrors.Add("person", LabManageTexts.PersonNotActive);
            return;
        }

        await RunAsync(
            async (labs, _) =>
            {
                await labs.RequireManagerAsync(Id, _me, CancellationToken.None);
                await labs.AddPersonAsync(Id, new LabMember(personId, role), _me, CancellationToken.None);
            },
            LabManageTexts.PersonAdded(person.Name, role),
            LabManageTexts.AlreadyInLab);
    }

    private Task MoveDueAsync()
    {
        _panelErrors = new FormErrors();
        if (_panelTask is not { } task)
        {
            return Task.CompletedTask;
        }

        if (_date is not { } due)
        {
            _panelErrors.Add("new-due", LabManageTexts.DateRequired);
            return Task.CompletedTask;
        }

        var moved = default(LabTask);
        return RunAsync(
            async (_, tasks) =>
            {
                await tasks.GetAsync(task.Id, _me, CancellationToken.None);
                moved = await tasks.MoveDueDateAsync(task.Id, _me, due, CancellationToken.None, task.Version);
            },
            () => LabManageTexts.DueMoved(task.Title.Get(), moved?.Due ?? due));
    }

    private Task ReassignAsync()
    {
        _panelErrors = new FormErrors();
        if (_panelTask is not { } task)
        {
            return Task.CompletedTask;
        }

        if (_personId is not { } to)
        {
            _panelErrors.Add("reassign-to", LabManageTexts.PersonRequired);
            return Task.CompletedTask;
        }

        var note = string.IsNullOrWhiteSpace(_reason) ? null : _reason.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            _panelErrors.Add("reassign-note", LabManageTexts.TooLong(MaxNoteLength));
            return Task.CompletedTask;
        }

        var name = _choosable.FirstOrDefault(p => p.Id == to)?.Name ?? "";
        return RunAsync(
            async (_, tasks) =>
            {
                await tasks.GetAsync(task.Id, _me, CancellationToken.None);
                await tasks.ReassignAsync(task.Id, _me, to, note, CancellationToken.None, task.Version);
            },
            LabManageTexts.Reassigned(task.Title.Get(), name),
            LabManageTexts.AlreadyHandedOver);
    }

    private Task SkipAsync()
    {
        _panelErrors = new FormErrors();
        if (_panelTask is not { } task)
        {
            return Task.CompletedTask;
        }

        var reason = _reason?.Trim();
        if (!RequireText("skip-reason", reason, MaxSkipReasonLength, LabManageTexts.ReasonRequired))
        {
            return Task.CompletedTask;
        }

        return RunAsync(
            async (_, tasks) =>
            {
                await tasks.GetAsync(task.Id, _me, CancellationToken.None);
                await tasks.SkipAsync(task.Id, _me, reason!, null, CancellationToken.None);
            },
            LabManageTexts.SkippedTask(task.Title.Get()));
    }

    private bool RequireText(string fieldId, string? value, int max, string required)
    {
        if (string.IsNullOrEmpty(value))
        {
            _panelErrors.Add(fieldId, required);
            return false;
        }

        if (value.Length > max)
        {
            _panelErrors.Add(fieldId, LabManageTexts.TooLong(max));
            return false;
        }

        return true;
    }

    private Task RunAsync(Func<LabService, TaskService, Task> action, string success, string? alreadyDone = null) => RunAsync(action, () => success, alreadyDone);

    /// <summary>
    /// Runs an action as the signed-in person and reloads the lab; the domain's refusals become a message in the
    /// page's language, never a stack trace. A caller without the managing roles is refused before the domain is asked.
    /// <paramref name="alreadyDone"/> says what happened when another command got there first (<c>conflict</c>).
    /// </summary>
    private async Task RunAsync(Func<LabService, TaskService, Task> action, Func<string> success, string? alreadyDone = null)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            if (!_canManage)
            {
                Notify(LabManageTexts.NotAllowed, success: false);
                return;
            }

            await action(ScopedServices.GetRequiredService<LabService>(), ScopedServices.GetRequiredService<TaskService>());
            ClosePanel();
            Notify(success(), success: true);
        }
        catch (LabDomainException exception)
        {
            // The page's own words for races and refusals; what was wrong with the input comes from the catalogue.
            Notify(
                exception.Code == LabErrors.Conflict && alreadyDone is not null ? alreadyDone
                : exception.Code == LabErrors.Invalid ? Describe(exception)
                : Message(exception.Code),
                success: false);
        }
        catch (WorkflowException exception)
        {
            Notify(Message(exception.Code), success: false);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private static string Message(string code) => code switch
    {
        LabErrors.TaskConflict => LabManageTexts.StaleTask,
        LabErrors.LabConflict => LabManageTexts.StaleLab,
        LabErrors.Conflict or "concurrency_conflict" or "bookmark_consumed" => LabManageTexts.Conflict,
        LabErrors.Forbidden or "forbidden" => LabManageTexts.NotAllowed,
        LabErrors.NotFound or "instance_not_found" or "incident_not_found" => LabManageTexts.NotFound,
        LabErrors.NotOpen => LabManageTexts.TaskClosed,
        "instance_ended" => LabManageTexts.LabEnded,
        _ => LabManageTexts.Failed,
    };

    /// <summary>A refusal of the lab's services in the page's language, from the message catalogue (a field's problem first).</summary>
    private static string Describe(LabDomainException exception) =>
        (exception.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? exception.Text).In(UiText.Language);

    private void Notify(string text, bool success)
    {
        _notice = new LabNotice(text, success);
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
            ? LabManageTexts.CancelledInTimeline(reason)
            : entry.Event == JournalEvent.ActivitySkipped && entry.Message is { Length: > 0 } skipReason
                ? LabManageTexts.SkippedInTimeline(StepName(entry.ActivityId), skipReason)
                : LabTexts.Journal(entry.Event, StepName(entry.ActivityId), entry.Outcome);
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
