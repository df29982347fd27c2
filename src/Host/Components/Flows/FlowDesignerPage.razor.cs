using System.Security.Claims;
using Blazor.Diagrams.Core.Geometry;
using Microsoft.AspNetCore.Components.Web;
using Blazor.Diagrams.Core.Models.Base;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// <c>/flows/{id}/design</c>: the visual designer. The flow is mapped to a diagram once (one render for the whole
/// canvas), edits go through <see cref="FlowDiagram"/>, and the loader validates only when asked and on save.
/// Saving and publishing go through <see cref="FlowDesignService"/>, step for step as the API does.
/// </summary>
public sealed partial class FlowDesignerPage
{
    private PageState _state = PageState.Loading;
    private ClaimsPrincipal _user = new();
    private FlowDiagram? _flow;
    private bool _isDraft;
    private int? _latestVersion;
    private bool _dirty;
    private bool _busy;
    private bool _listView;
    private bool _confirmPublish;
    private bool _focusPublish;
    private string? _notice;
    private IReadOnlyList<FlowIssue> _issues = [];
    private string _issuesTitle = string.Empty;
    private List<ActivityNodeModel> _validated = [];
    private List<string> _validatedConnections = [];
    private List<IGrouping<string, ActivityDescriptor>> _toolbox = [];
    private ActivityPropertyPanel? _panel;
    private ElementReference _publishNow;
    private bool _focusPanel;
    private bool _toolboxOpen = true;
    private bool _panelOpen = true;
    private bool _settingsOpen;
    private FlowEditHistory? _history;
    private bool _changedSinceRecorded;
    private bool _focusSettings;
    private FlowSettingsPanel? _settings;
    private bool _testRunOpen;
    private bool _testRunUsed;
    private bool _focusTestRun;
    private FlowTestRunPanel? _testRun;

    /// <summary>The activity whose connections the arrow keys go along (the one the last move came from).</summary>
    private ActivityNodeModel? _keyParent;

    private enum PageState
    {
        Loading,
        Forbidden,
        NotFound,
        Loaded,
    }

    [Parameter]
    public string Id { get; set; } = string.Empty;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private FlowDesignService Flows => ScopedServices.GetRequiredService<FlowDesignService>();

    private string FlowName => _flow?.Document.Name.Get() ?? Id;

    protected override void Dispose(bool disposing)
    {
        Unsubscribe();
        base.Dispose(disposing);
    }

    private void Unsubscribe()
    {
        if (_flow is not null)
        {
            _flow.Changed -= OnFlowChanged;
            _flow.Diagram.SelectionChanged -= OnSelectionChanged;
            _flow.Diagram.ZoomChanged -= OnZoomChanged;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_flow is not null && string.Equals(_flow.Document.Id, Id, StringComparison.Ordinal))
        {
            return;
        }

        _user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        if (!(await Authorization.AuthorizeAsync(_user, LabFlowPolicies.DesignFlows)).Succeeded)
        {
            _state = PageState.Forbidden;
            return;
        }

        if (await Flows.FindForDesignAsync(Id, CancellationToken.None) is not { } toDesign)
        {
            _state = PageState.NotFound;
            return;
        }

        var registry = ScopedServices.GetRequiredService<IActivityRegistry>();
        _toolbox = [.. registry.All
            .Where(d => d.TypeName != "Start")
            .OrderBy(d => CategoryOrder(d.Category)).ThenBy(d => d.DisplayName.Get(), StringComparer.CurrentCulture)
            .GroupBy(d => d.Category)];
        var flow = FlowDiagramMapper.ToDiagram(toDesign.Definition, registry);
        Attach(flow);
        _isDraft = toDesign.IsDraft;
        _latestVersion = toDesign.LatestVersion;
        if (flow.HasOverlaps())
        {
            // Overlapping nodes hide each other: lay the flow out by phase. Saving keeps the new places.
            flow.ArrangeByPhase();
            _notice = CanvasTexts.ArrangedOnOpen;
        }

        _dirty = false;
        _history = new FlowEditHistory(FlowDiagramMapper.ToDefinition(flow));
        _changedSinceRecorded = false;
        _state = PageState.Loaded;
    }

    private void Attach(FlowDiagram flow)
    {
        Unsubscribe();
        _flow = flow;
        _flow.Diagram.RegisterComponent<ActivityNodeModel, ActivityNodeWidget>();
        _flow.Changed += OnFlowChanged;
        _flow.Diagram.SelectionChanged += OnSelectionChanged;
        _flow.Diagram.ZoomChanged += OnZoomChanged;
    }

    /// <summary>
    /// Below the zoom at which a node's 13 px title would shrink under 12 px, the canvas shows each node's title alone,
    /// large enough to stay 12.5 px high on screen (the CSS reads <c>--lf-zoom</c>), so a fitted flow stays readable.
    /// </summary>
    private bool ZoomedOut => _flow is not null && _flow.Diagram.Zoom < ReadableZoom;

    private const double ReadableZoom = 12.5 / 13;

    private string ZoomStyle => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--lf-zoom: {_flow?.Diagram.Zoom ?? 1:0.####}");

    // The canvas's class and --lf-zoom follow the zoom (the diagram re-renders its layers itself, not this page).
    private void OnZoomChanged() => _ = InvokeAsync(StateHasChanged);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // One undo step per user action: the changes one event made (add and connect, a drag) are recorded together,
        // after the render that followed them.
        if (_changedSinceRecorded && _history is not null && _flow is not null)
        {
            _changedSinceRecorded = false;
            _history.Record(FlowDiagramMapper.ToDefinition(_flow));
            StateHasChanged();
        }

        if (_focusPanel && _panel is not null)
        {
            _focusPanel = false;
            await _panel.FocusAsync();
        }

        if (_focusSettings && _settings is not null)
        {
            _focusSettings = false;
            await _settings.FocusTitleAsync();
        }

        if (_focusTestRun && _testRun is not null)
        {
            _focusTestRun = false;
            await _testRun.FocusTitleAsync();
        }

        if (_focusPublish)
        {
            _focusPublish = false;
            await _publishNow.FocusAsync();
        }
    }

    private void OnFlowChanged()
    {
        _dirty = true;
        _changedSinceRecorded = true;
        _ = InvokeAsync(StateHasChanged);
    }

    // Choosing an activity shows its panel again in place of the flow settings.
    private void OnSelectionChanged(SelectableModel model)
    {
        if (model.Selected)
        {
            _settingsOpen = false;
        }

        _ = InvokeAsync(StateHasChanged);
    }

    /// <summary>Shows the flow's own settings in the panel (or the selected activity again), with focus on its heading.</summary>
    private void ToggleSettings()
    {
        _testRunOpen = false;
        _settingsOpen = !_settingsOpen;
        _panelOpen = true;
        _focusSettings = _settingsOpen;
        _focusPanel = !_settingsOpen;
    }

    /// <summary>Shows the test run in the panel (or the selected activity again), with focus on its heading.</summary>
    private void ToggleTestRun()
    {
        _testRunOpen = !_testRunOpen;
        _testRunUsed = true;
        _settingsOpen = false;
        _panelOpen = true;
        _focusTestRun = _testRunOpen;
        _focusPanel = !_testRunOpen;
    }

    private int CountIssues() => Flows.Validate(FlowDiagramMapper.ToDefinition(_flow!)).Count;

    /// <summary>Highlights the activities the test run waits at.</summary>
    private void ShowActive(IReadOnlySet<string> active)
    {
        foreach (var node in _flow!.Activities.Where(n => n.IsActive != active.Contains(n.Activity.Id)))
        {
            node.IsActive = active.Contains(node.Activity.Id);
            node.Refresh();
        }
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (_dirty && !await JS.InvokeAsync<bool>("confirm", FlowTexts.LeaveConfirm))
        {
            context.PreventNavigation();
        }
    }

    private void ValidateNow()
    {
        var issues = Flows.Validate(FlowDiagramMapper.ToDefinition(_flow!));
        ShowIssues(issues, FlowTexts.IssuesTitle(issues.Count));
        _notice = issues.Count == 0 ? FlowTexts.Valid : null;
    }

    private async Task<bool> SaveAsync()
    {
        _busy = true;
        try
        {
            var definition = FlowDiagramMapper.ToDefinition(_flow!);
            var result = await Flows.SaveDraftAsync(Id, definition, CancellationToken.None);
            ShowIssues(result.Issues, FlowTexts.IssuesTitle(result.Issues.Count));
            if (!result.Saved)
            {
                _notice = FlowTexts.SaveRefused;
                return false;
            }

            _dirty = false;
            _isDraft = true;
            _notice = FlowTexts.Saved(result.Issues.Count);
            return true;
        }
        finally
        {
            _busy = false;
        }
    }

    private void AskPublish()
    {
        _confirmPublish = true;
        _focusPublish = true;
        _notice = null;
    }

    private async Task PublishAsync()
    {
        // Publishing publishes the stored draft, as the API does: unsaved edits (or a flow without a draft) are saved first.
        if ((_dirty || !_isDraft) && !await SaveAsync())
        {
            _confirmPublish = false;
            return;
        }

        _busy = true;
        try
        {
            var result = await Flows.PublishDraftAsync(Id, _user, CancellationToken.None);
            _confirmPublish = false;
            if (result.Published is not { } published)
            {
                ShowIssues(result.Issues, FlowTexts.PublishFailed(result.Issues.Count));
                _notice = null;
                return;
            }

            ShowIssues([], string.Empty);
            _latestVersion = published.Definition.Version;
            _notice = FlowTexts.Published(published.Definition.Version);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>
    /// Adds an activity beside the selected one (in free space, connected from its first unconnected outcome) or, with
    /// nothing selected, in free space in view; then focus moves to the new activity's panel.
    /// </summary>
    private Task AddAsync(ActivityDescriptor descriptor)
    {
        var flow = _flow!;
        var selected = flow.Selected;
        var at = selected is not null ? flow.FreePlaceBeside(selected)
            : flow.FreePlaceNear(flow.Diagram.Container is { } container
                ? flow.Diagram.GetRelativeMousePoint(container.Left + container.Width / 3, container.Top + container.Height / 3)
                : new Point(40, 40));
        var node = flow.AddActivity(descriptor, at, selected?.Activity.Phase);
        if (selected is not null)
        {
            var outcome = selected.OutcomePorts.FirstOrDefault(p => p.Links.Count == 0) ?? selected.OutcomePorts.FirstOrDefault();
            if (outcome is not null)
            {
                flow.Connect(selected, outcome.Outcome, node);
            }
        }

        flow.Select(node);
        _panelOpen = true;
        _notice = selected is null ? FlowTexts.AddedActivity(node.Activity.Id) : CanvasTexts.AddedActivityAfter(node.Activity.Id, selected.Activity.Id);
        _focusPanel = true;
        return Task.CompletedTask;
    }

    private void Arrange()
    {
        _flow!.ArrangeByPhase();
        _flow.Diagram.ZoomToFit(30);
        _notice = CanvasTexts.Arranged;
    }

    private void Fit() => _flow!.Diagram.ZoomToFit(30);

    private void ZoomBy(double factor)
    {
        var diagram = _flow!.Diagram;
        diagram.SetZoom(Math.Clamp(diagram.Zoom * factor, diagram.Options.Zoom.Minimum, diagram.Options.Zoom.Maximum));
    }

    private void Undo() => Restore(_history?.Undo(), FlowTexts.Undone);

    private void Redo() => Restore(_history?.Redo(), FlowTexts.Redone);

    /// <summary>Shows the flow as it was at an earlier (or, redoing, later) point, keeping the zoom and the view.</summary>
    private void Restore(WorkflowDefinition? state, string notice)
    {
        if (state is null || _flow is null)
        {
            return;
        }

        var before = _flow.Diagram;
        var restored = FlowDiagramMapper.ToDiagram(state, _flow.Registry);
        restored.Diagram.SetZoom(before.Zoom);
        restored.Diagram.SetPan(before.Pan.X, before.Pan.Y);
        Attach(restored);
        _changedSinceRecorded = false;
        _dirty = true;
        _issues = [];
        _notice = notice;
    }

    /// <summary>
    /// Keys on the canvas: + and − zoom, 0 fits the whole flow, Ctrl+Z undoes and Ctrl+Y (or Ctrl+Shift+Z) redoes; the
    /// arrow keys go along connections (<see cref="CanvasNavigation"/>) and Enter moves focus to the selected activity's panel.
    /// </summary>
    private void CanvasKey(KeyboardEventArgs e)
    {
        if (e.CtrlKey || e.MetaKey)
        {
            switch (e.Key.ToLowerInvariant())
            {
                case "z" when e.ShiftKey:
                case "y":
                    Redo();
                    break;
                case "z":
                    Undo();
                    break;
            }

            return;
        }

        switch (e.Key)
        {
            case "+" or "=":
                ZoomBy(1.25);
                break;
            case "-" or "_":
                ZoomBy(0.8);
                break;
            case "0":
                Fit();
                break;
            case "ArrowRight" or "ArrowLeft" or "ArrowDown" or "ArrowUp":
                MoveByKey(e.Key);
                break;
            case "Enter" when _flow!.Selected is not null:
                _testRunOpen = false;
                _settingsOpen = false;
                _panelOpen = true;
                _focusPanel = true;
                break;
        }
    }

    private void MoveByKey(string key)
    {
        var flow = _flow!;
        var move = CanvasNavigation.Move(flow, flow.Selected, _keyParent, key);
        if (move.To is not { } to)
        {
            _notice = move.Notice;
            return;
        }

        _keyParent = move.Parent;
        flow.Select(to);
        Reveal(to);
        _notice = move.Notice;
    }

    /// <summary>Pans the canvas so <paramref name="node"/> is in view (centred), unless it is in view already.</summary>
    private void Reveal(ActivityNodeModel node)
    {
        var diagram = _flow!.Diagram;
        if (diagram.Container is not { } box)
        {
            return;
        }

        var zoom = diagram.Zoom;
        var (width, height) = (node.Size?.Width ?? 180, node.Size?.Height ?? 80);
        var left = node.Position.X * zoom + diagram.Pan.X;
        var top = node.Position.Y * zoom + diagram.Pan.Y;
        if (left >= 0 && top >= 0 && left + width * zoom <= box.Width && top + height * zoom <= box.Height)
        {
            return;
        }

        diagram.SetPan(box.Width / 2 - (node.Position.X + width / 2) * zoom, box.Height / 2 - (node.Position.Y + height / 2) * zoom);
    }

    private async Task EditAsync(ActivityNodeModel node)
    {
        _flow!.Select(node);
        StateHasChanged();
        if (_panel is not null)
        {
            await _panel.FocusAsync();
        }
    }

    private void DeleteAsync(ActivityNodeModel node)
    {
        var id = node.Activity.Id;
        _flow!.Remove(node);
        _notice = FlowTexts.DeletedActivity(id);
    }

    private void Announce(string text) => _notice = text;

    private string? ActivityOfIssue(FlowIssue issue) => NodeOf(issue)?.Activity.Id;

    private async Task ShowIssueAsync(FlowIssue issue)
    {
        if (NodeOf(issue) is { } node && _flow!.Activities.Contains(node))
        {
            await EditAsync(node);
        }
    }

    /// <summary>
    /// The loader names a missing input by its JSON key ("assignee"), which is right for a flow file; the designer's user
    /// knows the field by its label ("Ansvarig") in the activity's panel, so the sentence names that instead.
    /// </summary>
    private FlowIssue InDesignerWords(FlowIssue issue)
    {
        if (issue.Code != ValidationCodes.MissingInput || NodeOf(issue) is not { } node
            || !issue.Arguments.TryGetValue("input", out var inputName)
            || node.Descriptor?.Inputs.FirstOrDefault(i => i.Name == inputName) is not { } input)
        {
            return issue;
        }

        return new FlowIssue(issue.Path, FlowTexts.MissingInput(node.Activity.Name?.Get() ?? node.Activity.Id, input.DisplayName.Get()));
    }

    /// <summary>The activity an error's path names, as the flow was when it was validated (the list may have changed since).</summary>
    private ActivityNodeModel? NodeOf(FlowIssue issue)
    {
        if (FlowDiagramMapper.ActivityIndex(issue.Path) is { } index && index < _validated.Count)
        {
            return _validated[index];
        }

        if (FlowDiagramMapper.ConnectionIndex(issue.Path) is { } connection)
        {
            var from = _validatedConnections.ElementAtOrDefault(connection);
            return from is null ? null : _flow!.Find(from);
        }

        return null;
    }

    private void ShowIssues(IReadOnlyList<FlowIssue> issues, string title)
    {
        var flow = _flow!;
        _validated = [.. flow.Activities];
        _validatedConnections = [.. FlowDiagramMapper.ToDefinition(flow).Connections.Select(c => c.From)];
        _issues = [.. issues.Select(InDesignerWords)];
        _issuesTitle = title;
        var withErrors = issues.Select(NodeOf).OfType<ActivityNodeModel>().ToHashSet();
        foreach (var node in _validated.Where(n => n.HasError != withErrors.Contains(n)))
        {
            node.HasError = withErrors.Contains(node);
            node.Refresh();
        }
    }

    private static int CategoryOrder(string category) => category switch
    {
        "Tasks" => 0,
        "Lab" => 1,
        "Communication" => 2,
        "Flow" => 3,
        _ => 4,
    };
}
