using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// The flow being designed: a Blazor.Diagrams diagram whose nodes are the activities and whose links are the
/// connections, plus the rest of the flow document as loaded. Every edit (drag on the canvas, the accessible list
/// view, the property panel) goes through the diagram, so <see cref="FlowDiagramMapper.ToDefinition"/> reads one
/// truth. Nothing here validates: the loader does, on demand and on save.
/// </summary>
public sealed class FlowDiagram
{
    private WorkflowDefinition _document;
    private readonly IActivityRegistry _registry;
    private readonly List<(int Index, ConnectionDefinition Connection)> _unmapped;
    private bool _silent;

    public FlowDiagram(WorkflowDefinition document, IActivityRegistry registry, IReadOnlyList<(int Index, ConnectionDefinition Connection)> unmapped)
    {
        _document = document;
        _registry = registry;
        _unmapped = [.. unmapped];
        Diagram = new BlazorDiagram(CreateOptions());
        Diagram.Links.Added += OnLinkAdded;
        Diagram.Links.Removed += OnLinkRemoved;
        Diagram.Nodes.Removed += OnNodeRemoved;
    }

    /// <summary>Raised after every edit that changes the flow document (not for selection, panning or zooming).</summary>
    public event Action? Changed;

    public BlazorDiagram Diagram { get; }

    /// <summary>The flow as loaded: id, version, name, phases, inputs and variables come from here when saving.</summary>
    public WorkflowDefinition Document => _document;

    public IReadOnlyList<PhaseDefinition> Phases => _document.Phases;

    public IActivityRegistry Registry => _registry;

    /// <summary>The activities in the order the flow lists them (new ones last).</summary>
    public IEnumerable<ActivityNodeModel> Activities => Diagram.Nodes.OfType<ActivityNodeModel>();

    /// <summary>The finished connections in the order the flow lists them (new ones last).</summary>
    public IEnumerable<ConnectionLinkModel> Connections => Diagram.Links.OfType<ConnectionLinkModel>().Where(l => l.IsComplete);

    /// <summary>Connections whose ends name no activity (a draft being repaired): kept as they are, at their place.</summary>
    public IReadOnlyList<(int Index, ConnectionDefinition Connection)> UnmappedConnections => _unmapped;

    public ActivityNodeModel? Selected => Activities.FirstOrDefault(a => a.Selected);

    public ActivityNodeModel? Find(string activityId) =>
        Activities.FirstOrDefault(a => string.Equals(a.Activity.Id, activityId, StringComparison.Ordinal));

    /// <summary>Adds the activities and connections of a loaded flow in one batch, so the canvas renders once.</summary>
    internal void Populate(IReadOnlyList<(ActivityNode Activity, Point Position)> activities, IReadOnlyList<(ConnectionDefinition Connection, int Index)> connections)
    {
        _silent = true;
        try
        {
            Diagram.Batch(() =>
            {
                var nodes = new Dictionary<string, ActivityNodeModel>(StringComparer.Ordinal);
                foreach (var (activity, position) in activities)
                {
                    var node = CreateNode(activity, position, connections.Where(c => c.Connection.From == activity.Id).Select(c => c.Connection.OutcomeOrDefault));
                    nodes.TryAdd(activity.Id, node);
                    Diagram.Nodes.Add(node);
                }

                foreach (var (connection, index) in connections)
                {
                    if (nodes.GetValueOrDefault(connection.From) is { } from && nodes.GetValueOrDefault(connection.To) is { } to
                        && from.FindOutcomePort(connection.OutcomeOrDefault) is { } port)
                    {
                        Diagram.Links.Add(new ConnectionLinkModel(port, new SinglePortAnchor(to.InputPort), connection.Outcome));
                    }
                    else
                    {
                        _unmapped.Add((index, connection));
                    }
                }
            });
        }
        finally
        {
            _silent = false;
        }
    }

    /// <summary>Adds an activity of <paramref name="descriptor"/>'s type at <paramref name="position"/> with a fresh id.</summary>
    public ActivityNodeModel AddActivity(ActivityDescriptor descriptor, Point position, string? phase = null)
    {
        var activity = new ActivityNode
        {
            Id = NewActivityId(descriptor.TypeName),
            Type = descriptor.TypeName,
            Phase = phase,
            Designer = new DesignerPosition(Math.Round(position.X), Math.Round(position.Y)),
        };
        var node = CreateNode(activity, position, []);
        Diagram.Nodes.Add(node);
        Changed?.Invoke();
        return node;
    }

    /// <summary>Moves an activity (from the keyboard or the list view) and writes its designer position.</summary>
    public void Move(ActivityNodeModel node, double x, double y)
    {
        node.SetPosition(x, y);
        node.TriggerMoved();
    }

    /// <summary>Connects <paramref name="outcome"/> of <paramref name="from"/> to <paramref name="to"/>; <c>null</c> when that connection exists already.</summary>
    public ConnectionLinkModel? Connect(ActivityNodeModel from, string outcome, ActivityNodeModel to)
    {
        if (Connections.Any(c => c.From == from && c.To == to && c.Outcome == outcome))
        {
            return null;
        }

        var port = from.FindOutcomePort(outcome) ?? AddOutcomePort(from, outcome);
        var link = new ConnectionLinkModel(port, new SinglePortAnchor(to.InputPort), WrittenOutcome(outcome));
        _silent = true;
        try
        {
            Diagram.Links.Add(link);
        }
        finally
        {
            _silent = false;
        }

        Changed?.Invoke();
        return link;
    }

    public void Remove(ActivityNodeModel node) => Diagram.Nodes.Remove(node);

    /// <summary>Whether any two activities overlap on the canvas (with the size <see cref="PhaseLayout.NodeSize"/> gives them).</summary>
    public bool HasOverlaps() =>
        PhaseLayout.AnyOverlap([.. Activities.Select(n => (n.Position.X, n.Position.Y, Size(n).Width, Size(n).Height))]);

    /// <summary>Lays the flow out by phase (<see cref="PhaseLayout"/>) and moves every activity there, as one change.</summary>
    public void ArrangeByPhase()
    {
        var connections = Connections.Select(c => (c.From.Activity.Id, c.To!.Activity.Id)).ToList();
        var phases = Activities.ToDictionary(n => n.Activity.Id, n => n.Activity.Phase, StringComparer.Ordinal);

        // An activity without a phase (Start, End) stands with the activity it leads to, or else the one it follows.
        string? LayoutPhase(ActivityNodeModel node) => node.Activity.Phase
            ?? connections.Where(c => c.Item1 == node.Activity.Id).Select(c => phases.GetValueOrDefault(c.Item2)).FirstOrDefault(p => p is not null)
            ?? connections.Where(c => c.Item2 == node.Activity.Id).Select(c => phases.GetValueOrDefault(c.Item1)).FirstOrDefault(p => p is not null);

        var boxes = Activities.Select(n => new LayoutBox(n.Activity.Id, LayoutPhase(n), Size(n).Width, Size(n).Height)).ToList();
        var positions = PhaseLayout.Arrange(boxes, connections, [.. Phases.Select(p => p.Id)]);
        _silent = true;
        try
        {
            Diagram.Batch(() =>
            {
                foreach (var node in Activities)
                {
                    if (positions.TryGetValue(node.Activity.Id, out var at))
                    {
                        Move(node, at.X, at.Y);
                    }
                }
            });
        }
        finally
        {
            _silent = false;
        }

        Changed?.Invoke();
    }

    /// <summary>
    /// A free place for a new activity beside <paramref name="beside"/>: to its right, moved down until it overlaps
    /// no other activity.
    /// </summary>
    public Point FreePlaceBeside(ActivityNodeModel beside)
    {
        var (width, _) = Size(beside);
        return FreePlaceNear(new Point(beside.Position.X + width + 80, beside.Position.Y));
    }

    /// <summary><paramref name="start"/>, or the first place below it where a new activity overlaps no other.</summary>
    public Point FreePlaceNear(Point start)
    {
        var (width, height) = PhaseLayout.NodeSize(1);
        var x = Math.Round(start.X);
        var y = Math.Round(start.Y);
        var others = Activities.Select(n => (n.Position.X, n.Position.Y, Size(n).Width, Size(n).Height)).ToList();
        while (others.Any(o => PhaseLayout.AnyOverlap([o, (x, y, width, height)])))
        {
            y += 40;
        }

        return new Point(x, y);
    }

    private static (double Width, double Height) Size(ActivityNodeModel node) => PhaseLayout.NodeSize(node.OutcomePorts.Count());

    public void Remove(ConnectionLinkModel link) => Diagram.Links.Remove(link);

    /// <summary>
    /// Replaces an activity with its edited version (property panel). Renaming keeps its connections, because they
    /// hang on the node; outcome ports follow the new inputs, and a port that still has connections stays so that
    /// validation can point at them.
    /// </summary>
    public void Update(ActivityNodeModel node, ActivityNode activity)
    {
        node.Activity = activity;
        node.Descriptor = _registry.Find(activity.Type);
        SetPhase(node);
        SyncOutcomePorts(node, []);
        node.Refresh();
        node.RefreshLinks();
        Changed?.Invoke();
    }

    /// <summary>
    /// Changes the flow's own settings (name, description, phases, inputs, variables) from the settings panel. The
    /// activities and connections stay on the diagram; nodes take their phase's new name and place in the order.
    /// </summary>
    public void UpdateSettings(Func<WorkflowDefinition, WorkflowDefinition> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _document = change(_document);
        foreach (var node in Activities)
        {
            SetPhase(node);
            node.Refresh();
        }

        Changed?.Invoke();
    }

    /// <summary>Whether any activity belongs to <paramref name="phaseId"/>: such a phase cannot be removed.</summary>
    public bool IsPhaseUsed(string phaseId) =>
        Activities.Any(a => string.Equals(a.Activity.Phase, phaseId, StringComparison.Ordinal));

    /// <summary>The outcomes an activity offers for new connections: its type's outcomes for its current inputs.</summary>
    public IReadOnlyList<string> OutcomesOf(ActivityNodeModel node) => [.. node.OutcomePorts.Select(p => p.Outcome)];

    public void Select(ActivityNodeModel? node)
    {
        if (node is null)
        {
            Diagram.UnselectAll();
        }
        else
        {
            Diagram.SelectModel(node, unselectOthers: true);
        }
    }

    private static string? WrittenOutcome(string outcome) =>
        string.Equals(outcome, ConnectionDefinition.DefaultOutcome, StringComparison.Ordinal) ? null : outcome;

    private BlazorDiagramOptions CreateOptions()
    {
        var options = new BlazorDiagramOptions { AllowMultiSelection = false };
        options.Zoom.Minimum = 0.2;
        options.Links.RequireTarget = true;
        options.Links.Factory = (_, source, target) =>
            source is OutcomePortModel port ? new ConnectionLinkModel(port, target, WrittenOutcome(port.Outcome)) : null;
        options.Links.TargetAnchorFactory = (_, _, model) => model switch
        {
            ActivityNodeModel node => new SinglePortAnchor(node.InputPort),
            PortModel port => new SinglePortAnchor(port),
            NodeModel node => new ShapeIntersectionAnchor(node),
            _ => throw new ArgumentOutOfRangeException(nameof(model), "A connection can only end at an activity."),
        };
        return options;
    }

    private ActivityNodeModel CreateNode(ActivityNode activity, Point position, IEnumerable<string> connectedOutcomes)
    {
        var node = new ActivityNodeModel(activity, _registry.Find(activity.Type), position);
        SetPhase(node);
        SyncOutcomePorts(node, connectedOutcomes);
        node.Moved += OnNodeMoved;
        return node;
    }

    private void SetPhase(ActivityNodeModel node)
    {
        var index = node.Activity.Phase is { } phase ? IndexOfPhase(phase) : -1;
        node.PhaseIndex = index;
        node.Phase = index >= 0 ? _document.Phases[index] : null;
    }

    private int IndexOfPhase(string phase)
    {
        for (var i = 0; i < _document.Phases.Count; i++)
        {
            if (string.Equals(_document.Phases[i].Id, phase, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void SyncOutcomePorts(ActivityNodeModel node, IEnumerable<string> connectedOutcomes)
    {
        var declared = node.Descriptor?.Outcomes.Resolve(node.Activity.Inputs) ?? [ConnectionDefinition.DefaultOutcome];
        var wanted = declared
            .Concat(connectedOutcomes)
            .Concat(node.OutcomePorts.Where(p => p.Links.Count > 0).Select(p => p.Outcome))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var port in node.OutcomePorts.Where(p => !wanted.Contains(p.Outcome, StringComparer.Ordinal)).ToList())
        {
            node.RemovePort(port);
        }

        foreach (var outcome in wanted.Where(o => node.FindOutcomePort(o) is null))
        {
            node.AddPort(new OutcomePortModel(node, outcome));
        }

        node.ReinitializePorts();
    }

    private OutcomePortModel AddOutcomePort(ActivityNodeModel node, string outcome)
    {
        var port = new OutcomePortModel(node, outcome);
        node.AddPort(port);
        node.Refresh();
        return port;
    }

    private string NewActivityId(string typeName)
    {
        var stem = string.Concat(char.ToLowerInvariant(typeName[0]).ToString(), typeName.AsSpan(1));
        var used = Activities.Select(a => a.Activity.Id).ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var id = $"{stem}{n}";
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }

    private void OnNodeMoved(MovableModel model)
    {
        if (model is not ActivityNodeModel node)
        {
            return;
        }

        // Whole pixels keep the file readable and diff-friendly; a drag at a zoom level gives fractions.
        var position = new DesignerPosition(Math.Round(node.Position.X), Math.Round(node.Position.Y));
        if (node.Activity.Designer == position)
        {
            return;
        }

        node.Activity = node.Activity with { Designer = position };
        Changed?.Invoke();
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (!_silent && link is ConnectionLinkModel connection)
        {
            connection.TargetAttached += OnTargetAttached;
        }
    }

    private void OnTargetAttached(BaseLinkModel link)
    {
        link.TargetAttached -= OnTargetAttached;
        var connection = (ConnectionLinkModel)link;
        var duplicate = Connections.Any(c => c != connection && c.From == connection.From && c.To == connection.To && c.Outcome == connection.Outcome);
        if (!connection.IsComplete || duplicate)
        {
            _silent = true;
            try
            {
                Diagram.Links.Remove(connection);
            }
            finally
            {
                _silent = false;
            }

            return;
        }

        Changed?.Invoke();
    }

    private void OnLinkRemoved(BaseLinkModel link)
    {
        if (!_silent && link is ConnectionLinkModel { IsComplete: true })
        {
            Changed?.Invoke();
        }
    }

    private void OnNodeRemoved(NodeModel node)
    {
        if (!_silent)
        {
            node.Moved -= OnNodeMoved;
            Changed?.Invoke();
        }
    }
}
