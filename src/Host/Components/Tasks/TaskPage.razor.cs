using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Activities.Workshops;
using LabFlow.Host.Authorization;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Tasks;

/// <summary>
/// The page a task's email links to. It calls the lab domain's <see cref="TaskService"/> as the signed-in person,
/// exactly as <c>TasksApi</c> does, so the domain decides who sees, claims, completes and comments. The domain's
/// services come from the component's own scope (one database context per page, not per circuit).
/// </summary>
public sealed partial class TaskPage
{
    /// <summary>The task service's limit on a comment's length, for the field's counter (the service checks it).</summary>
    private const int MaxCommentLength = TaskLimits.CommentLength;

    private TaskPageState _state = TaskPageState.Loading;
    private Guid _loadedTaskId;
    private Guid _me;
    private LabTask? _task;

    /// <summary>Whether the signed-in person may complete the task today, as <see cref="TaskService.MayCompleteAsync"/> says.</summary>
    private bool _mayComplete;

    /// <summary>A workshop task's agenda (<see cref="WorkshopAgendaQuery"/>); empty for other tasks.</summary>
    private JsonArray _agenda = [];
    private Lab? _lab;
    private FlowKind _kind = FlowKinds.Default;
    private DateOnly _today;
    private FormDefinition _form = FormDefinition.Empty;
    private JsonObject _values = [];
    private FormErrorSet _errors = FormErrorSet.None;
    private Dictionary<Guid, string> _names = [];
    private Dictionary<string, LocalizedText> _phaseNames = [];
    private Dictionary<string, IReadOnlyList<Person>> _peopleByRole = [];
    private Notice? _notice;
    private bool _busy;
    private string? _newComment;
    private string? _commentError;
    private ElementReference _summaryElement;
    private ElementReference _noticeElement;
    private bool _focusSummary;
    private bool _focusNotice;

    [Parameter]
    public Guid TaskId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private TaskService Tasks => ScopedServices.GetRequiredService<TaskService>();

    private string PageTitle => _state switch
    {
        TaskPageState.Loaded when _task is not null => $"{_task.Title.Get(CultureInfo.CurrentUICulture)} – {TaskTexts.PageTitleSuffix}",
        TaskPageState.NotFound => $"{TaskTexts.NotFoundTitle} – {TaskTexts.PageTitleSuffix}",
        TaskPageState.Forbidden or TaskPageState.NoPerson => $"{TaskTexts.AccessDeniedTitle} – {TaskTexts.PageTitleSuffix}",
        _ => TaskTexts.PageTitleSuffix,
    };

    private bool CanClaim => _task is { IsOpen: true, AssigneeId: null } task && task.Candidates.Contains(_me);

    private bool CanComplete => _task is { IsOpen: true } task && _mayComplete && (task.Opens is not { } opens || opens <= _today);

    /// <summary>The away person the signed-in person stands in for on this task, when they do (the domain's rule).</summary>
    private Guid? StandingInFor => _task?.StandsInFor(_me);

    /// <summary>The task's actions; a task without any is completed with one "Klar" (the domain's default outcome).</summary>
    private IReadOnlyList<TaskAction> Actions =>
        _task is { Actions.Count: > 0 } task ? task.Actions : [new TaskAction(ConnectionDefinition.DefaultOutcome, LocalizedText.Of("Klar", "Done"))];

    /// <summary>"Labb", "Konferens" …: what the task's lab is, by its flow's kind.</summary>
    private string KindLabel => KindTexts.Of(_kind).Label;

    private string PhaseName(string phase) =>
        _phaseNames.TryGetValue(phase, out var name) ? name.Get(CultureInfo.CurrentUICulture) : TaskTexts.PhaseName(phase);

    private TaskFormContext FormContext => new(_errors, _peopleByRole, _busy) { Upload = UploadAsync };

    private string? InstructionsHtml => _task?.Instructions is { } instructions
        ? TaskMarkdown.ToSafeHtml(instructions.Get(CultureInfo.CurrentUICulture))
        : null;

    private Dictionary<string, object?> CommentAttributes =>
        _commentError is null
            ? new() { ["id"] = "new-comment" }
            : new() { ["id"] = "new-comment", ["aria-describedby"] = "new-comment-error" };

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedTaskId == TaskId && _state != TaskPageState.Loading)
        {
            return;
        }

        _loadedTaskId = TaskId;
        _state = TaskPageState.Loading;
        _task = null;
        _errors = FormErrorSet.None;
        _notice = null;
        var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        try
        {
            _me = user.PersonId();
        }
        catch (WorkflowException)
        {
            _state = TaskPageState.NoPerson;
            return;
        }

        try
        {
            var task = await Tasks.GetAsync(TaskId, _me, CancellationToken.None);
            _form = FormDefinitionParser.Parse(task.Form).Form;
            _values = TaskFormValues.FromAnswers(_form.Fields, task.Draft);
            await ShowAsync(task);
            _agenda = await ScopedServices.GetRequiredService<WorkshopAgendaQuery>().ForTaskAsync(task, CultureInfo.CurrentUICulture, CancellationToken.None);
            await LoadPeopleToChooseAsync();
            _state = TaskPageState.Loaded;
        }
        catch (LabDomainException exception) when (exception.Code == LabErrors.NotFound)
        {
            _state = TaskPageState.NotFound;
        }
        catch (LabDomainException exception) when (exception.Code == LabErrors.Forbidden)
        {
            // The same answer as the API's 403: nothing of the task is shown.
            _state = TaskPageState.Forbidden;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusSummary && !_errors.IsEmpty)
        {
            _focusSummary = false;
            await _summaryElement.FocusAsync();
        }
        else if (_focusNotice && _notice is not null)
        {
            _focusNotice = false;
            await _noticeElement.FocusAsync();
        }
    }

    private async Task ClaimAsync()
    {
        await RunAsync(async cancellationToken =>
        {
            try
            {
                await ShowAsync(await Tasks.ClaimAsync(TaskId, _me, cancellationToken));
                Notify(TaskTexts.Claimed, success: true);
            }
            catch (LabDomainException exception) when (exception.Code is LabErrors.Conflict or LabErrors.Invalid)
            {
                // Another candidate claimed it first, or it is no longer for a group (TasksApi answers 409 or 400).
                await ShowAsync(await Tasks.GetAsync(TaskId, _me, cancellationToken));
                Notify(TaskTexts.ClaimTaken, success: false);
            }
        });
    }

    private async Task CompleteAsync(TaskAction action)
    {
        await RunAsync(async cancellationToken =>
        {
            var answers = TaskFormValues.ToAnswers(_form.Fields, _values);
            var result = await Tasks.CompleteAsync(TaskId, _me, action.Name, answers, cancellationToken);
            await ShowAsync(result.Task);
            switch (result.Status)
            {
                case TaskCompletionStatus.Completed:
                    _errors = FormErrorSet.None;
                    Notify(TaskTexts.Completed, success: true);
                    break;
                case TaskCompletionStatus.Invalid:
                    // The typed values stay in _values as they were; only the errors change.
                    _notice = null;
                    _errors = new FormErrorSet(result.Errors);
                    _focusSummary = true;
                    break;
                default:
                    _errors = FormErrorSet.None;
                    Notify(TaskTexts.AlreadyClosed, success: false);
                    break;
            }
        });
    }

    private async Task CommentAsync()
    {
        _commentError = null;
        await RunAsync(async cancellationToken =>
        {
            try
            {
                await ShowAsync(await Tasks.CommentAsync(TaskId, _me, _newComment ?? string.Empty, cancellationToken));
                _newComment = null;
                Notify(TaskTexts.CommentAdded, success: true);
            }
            catch (LabDomainException exception) when (exception.Fields?.GetValueOrDefault("text") is { Count: > 0 } problems)
            {
                // The task service checks the comment (empty, too long); its words stand at the field.
                _commentError = string.Join(" ", problems.Select(m => m.In(MessageCatalogue.CurrentLanguage)));
            }
        });
    }

    /// <summary>Runs a change; the domain's refusals become a message in the page's language, never a stack trace.</summary>
    private async Task RunAsync(Func<CancellationToken, Task> change)
    {
        _busy = true;
        try
        {
            await change(CancellationToken.None);
        }
        catch (LabDomainException exception)
        {
            Notify(exception.Code switch
            {
                LabErrors.Forbidden => TaskTexts.NotYours,
                LabErrors.NotOpen => TaskTexts.NotOpenYet,
                LabErrors.TaskConflict => TaskTexts.Conflict,
                LabErrors.Conflict => TaskTexts.HandedOver,
                _ => (exception.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? exception.Text).In(MessageCatalogue.CurrentLanguage),
            }, success: false);
            if (exception.Code is LabErrors.Conflict or LabErrors.TaskConflict)
            {
                // The page shows the task as the winner left it, so the notice and the page agree.
                try
                {
                    await ShowAsync(await Tasks.GetAsync(TaskId, _me, CancellationToken.None));
                }
                catch (LabDomainException)
                {
                    // Handed to someone in whose work this person has no part: the notice alone says what happened.
                }
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Notify(string text, bool success)
    {
        _notice = new Notice(text, success);
        _focusNotice = true;
    }

    /// <summary>Shows <paramref name="task"/> and looks up the names of everyone it mentions.</summary>
    private async Task ShowAsync(LabTask task)
    {
        _task = task;
        _mayComplete = await Tasks.MayCompleteAsync(task, _me, CancellationToken.None);
        _today = ScopedServices.GetRequiredService<LabCalendar>().DateOf(TimeProvider.GetUtcNow());
        _lab ??= await ScopedServices.GetRequiredService<ILabStore>().FindAsync(task.LabId, CancellationToken.None);
        _kind = await ScopedServices.GetRequiredService<LabKinds>().KindAsync(task.LabId, CancellationToken.None);
        if (_phaseNames.Count == 0)
        {
            // The flow's own phase names; the fixed list in TaskTexts is only the fallback for a flow that declares none.
            var phases = await ScopedServices.GetRequiredService<LabFlowPhases>().ListDefinitionsAsync(task.LabId, CancellationToken.None);
            _phaseNames = phases.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        }

        var ids = new HashSet<Guid>(task.Candidates.Concat(task.Informed).Concat(task.Comments.Select(c => c.AuthorId)));
        if (task.AssigneeId is { } assignee)
        {
            ids.Add(assignee);
        }

        foreach (var entry in task.History)
        {
            if (Guid.TryParse(entry.Actor, out var actor))
            {
                ids.Add(actor);
            }

            if (entry.From is { } from)
            {
                ids.Add(from);
            }

            if (entry.To is { } to)
            {
                ids.Add(to);
            }
        }

        if (task.Answers is { } answers)
        {
            ids.UnionWith(FormValidator.Validate(_form, answers).People.Select(p => p.PersonId));
        }

        ids.ExceptWith(_names.Keys);
        if (ids.Count > 0)
        {
            foreach (var person in await ScopedServices.GetRequiredService<IDirectory>().ListPeopleAsync(ids, CancellationToken.None))
            {
                _names[person.Id] = person.Name;
            }
        }
    }

    /// <summary>
    /// The people a Person field offers: for a role, whom the domain resolves that role to for this lab (the lab's
    /// own people first, else the administration's members); without a role, the lab's people and its administration's members.
    /// </summary>
    private async Task LoadPeopleToChooseAsync()
    {
        var roles = PersonRoles(_form.Fields).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0 || _lab is null || _task is not { IsOpen: true })
        {
            return;
        }

        var resolver = ScopedServices.GetRequiredService<AssigneeResolver>();
        var directory = ScopedServices.GetRequiredService<IDirectory>();
        foreach (var roleName in roles)
        {
            IEnumerable<Person> people;
            if (Roles.TryParse(roleName, out var role))
            {
                people = await resolver.ResolveRoleAsync(role, _lab, null, CancellationToken.None);
            }
            else
            {
                var all = new List<Person>(await directory.ListPeopleAsync([.. _lab.People.Select(m => m.PersonId).Distinct()], CancellationToken.None));
                foreach (var anyRole in Enum.GetValues<Role>())
                {
                    all.AddRange(await directory.ListMembersAsync(_lab.AdministrationId, anyRole, CancellationToken.None));
                }

                people = all.Where(p => p.Active);
            }

            _peopleByRole[roleName] = [.. people.DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true))];
        }
    }

    private static IEnumerable<string> PersonRoles(IReadOnlyList<FormField> fields) =>
        fields.SelectMany(field => field.Type switch
        {
            FormFieldType.Person => [field.Role ?? TaskFormContext.AnyRole],
            FormFieldType.Group or FormFieldType.Section => PersonRoles(field.Fields),
            _ => [],
        });

    private string Name(Guid personId) => _names.TryGetValue(personId, out var name) ? name : TaskTexts.Unknown;

    private string HistoryText(TaskHistoryEntry entry)
    {
        var actor = Guid.TryParse(entry.Actor, out var actorId) ? Name(actorId) : TaskTexts.System;
        return TaskTexts.HistoryText(entry.Kind, actor, entry.From is { } from ? Name(from) : null, entry.To is { } to ? Name(to) : null);
    }

    /// <summary>A link to the field of an error on this page (an absolute address, so the base href does not lead elsewhere).</summary>
    private string ErrorLink(string path)
    {
        var labels = FieldLabels();
        var target = path;
        while (!labels.ContainsKey(target) && ParentOf(target) is { } parent)
        {
            target = parent;
        }

        var id = labels.ContainsKey(target) ? FormFieldPaths.ElementId(target) : "task-form";
        return $"{Navigation.Uri.Split('#')[0]}#{id}";
    }

    private string ErrorText(FormError error)
    {
        var message = error.Message.Get(CultureInfo.CurrentUICulture);
        return FieldLabels().TryGetValue(error.Path, out var label) ? $"{label}: {message}" : message;
    }

    private Dictionary<string, string> FieldLabels()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectLabels(_form.Fields, _values, string.Empty, string.Empty, labels);
        return labels;
    }

    private static void CollectLabels(IReadOnlyList<FormField> fields, JsonObject? values, string parentPath, string prefix, Dictionary<string, string> labels)
    {
        var culture = CultureInfo.CurrentUICulture;
        foreach (var field in fields)
        {
            var path = FormFieldPaths.Property(parentPath, field.Key);
            var label = prefix + field.Label.Get(culture);
            labels[path] = label;
            var value = values is null ? null : values[field.Key];
            switch (field.Type)
            {
                case FormFieldType.Group when value is JsonArray rows:
                    for (var i = 0; i < rows.Count; i++)
                    {
                        var rowPath = FormFieldPaths.Index(path, i);
                        var rowLabel = $"{label}, {TaskTexts.Row(i + 1).ToLower(culture)}";
                        labels[rowPath] = rowLabel;
                        CollectLabels(field.Fields, rows[i] as JsonObject, rowPath, rowLabel + ", ", labels);
                    }

                    break;
                case FormFieldType.Section:
                    CollectLabels(field.Fields, value as JsonObject, path, label + ", ", labels);
                    break;
                case FormFieldType.Checklist:
                    foreach (var item in field.Items)
                    {
                        var itemPath = FormFieldPaths.Property(path, item.Value);
                        labels[itemPath] = $"{label}, {item.Label.Get(culture)}";
                        labels[FormFieldPaths.Property(itemPath, "comment")] = $"{label}, {item.Label.Get(culture)}, {TaskTexts.Comment.ToLower(culture)}";
                    }

                    break;
            }
        }
    }

    private static string? ParentOf(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : null;
    }

    private sealed record Notice(string Text, bool Success);
}
