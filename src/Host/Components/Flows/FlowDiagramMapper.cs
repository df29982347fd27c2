using Blazor.Diagrams.Core.Geometry;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// Flow document ⇄ designer diagram. Loading a flow and saving it without changes gives the same flow (the flow
/// format's load → save → load promise): activities and connections keep their order, an outcome the file left
/// out stays left out, an activity without a <c>designer</c> position gets a place on the canvas but not in the
/// file, and connections whose ends name no activity are kept where they were.
/// </summary>
internal static class FlowDiagramMapper
{
    /// <summary>Where activities without a position start, and how far apart they are laid out.</summary>
    private const double UnplacedColumnWidth = 240;
    private const double UnplacedRowHeight = 140;
    private const int UnplacedColumns = 6;

    public static FlowDiagram ToDiagram(WorkflowDefinition definition, IActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(registry);

        var placed = definition.Activities.Where(a => a.Designer is not null).ToList();
        var firstFreeRow = placed.Count == 0 ? 0 : placed.Max(a => a.Designer!.Y) + UnplacedRowHeight;
        var unplaced = 0;
        var activities = new List<(ActivityNode, Point)>(definition.Activities.Count);
        foreach (var activity in definition.Activities)
        {
            Point position;
            if (activity.Designer is { } designer)
            {
                position = new Point(designer.X, designer.Y);
            }
            else
            {
                position = new Point(unplaced % UnplacedColumns * UnplacedColumnWidth, firstFreeRow + unplaced / UnplacedColumns * UnplacedRowHeight);
                unplaced++;
            }

            // The designer edits its own copy: the stored definition (shared by the in-memory store) never changes.
            activities.Add((activity with { Inputs = activity.Inputs?.DeepClone().AsObject() }, position));
        }

        var diagram = new FlowDiagram(definition, registry, []);
        diagram.Populate(activities, [.. definition.Connections.Select((c, i) => (c, i))]);
        return diagram;
    }

    public static WorkflowDefinition ToDefinition(FlowDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);

        var connections = diagram.Connections.Select(c => c.ToDefinition()).ToList();
        foreach (var (index, connection) in diagram.UnmappedConnections.OrderBy(u => u.Index))
        {
            connections.Insert(Math.Min(index, connections.Count), connection);
        }

        return diagram.Document with
        {
            Activities = [.. diagram.Activities.Select(a => a.Activity with { Inputs = a.Activity.Inputs?.DeepClone().AsObject() })],
            Connections = connections,
        };
    }

    /// <summary>The activity a validation error's JSON path names (<c>$.activities[3]…</c>), as the document was when validated.</summary>
    public static int? ActivityIndex(string path) => IndexAfter(path, "$.activities[");

    /// <summary>The connection a validation error's JSON path names (<c>$.connections[7]…</c>).</summary>
    public static int? ConnectionIndex(string path) => IndexAfter(path, "$.connections[");

    private static int? IndexAfter(string path, string prefix)
    {
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', prefix.Length);
        return end > prefix.Length && int.TryParse(path.AsSpan(prefix.Length, end - prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }
}
