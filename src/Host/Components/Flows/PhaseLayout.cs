using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Layout.Layered;
using Microsoft.Msagl.Miscellaneous;
using MsaglPoint = Microsoft.Msagl.Core.Geometry.Point;

namespace LabFlow.Host.Components.Flows;

/// <summary>One box to place: an activity, its phase (<c>null</c>: none) and its size on the canvas.</summary>
internal sealed record LayoutBox(string Id, string? Phase, double Width, double Height);

/// <summary>
/// Automatic layout by phase: each phase's activities and the connections between them are laid out with MSAGL's
/// layered (Sugiyama) layout from left to right, and the phases stand side by side as columns in the flow's phase
/// order, wrapped into rows when that lets the whole flow fit a wide screen at a larger scale. Nodes never overlap:
/// the layered layout keeps them apart within a phase and the phases' boxes do not meet.
/// </summary>
internal static class PhaseLayout
{
    /// <summary>The space between two phases' columns and rows.</summary>
    public const double PhaseGap = 80;

    /// <summary>The screen the wrapping aims at (the designer's canvas at 1366×768 beside the main menu, with its drawers folded).</summary>
    private const double ScreenWidth = 1100;
    private const double ScreenHeight = 500;

    /// <summary>The size a node takes on the canvas (its CSS: 15rem wide at most, a line per outcome).</summary>
    public static (double Width, double Height) NodeSize(int outcomeCount) => (240, 84 + (18 * Math.Max(1, outcomeCount)));

    /// <summary>The top-left corner of each box, by id.</summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> Arrange(
        IReadOnlyList<LayoutBox> boxes, IReadOnlyList<(string From, string To)> connections, IReadOnlyList<string> phaseOrder)
    {
        var order = phaseOrder.Select((phase, index) => (phase, index)).ToDictionary(p => p.phase, p => p.index, StringComparer.Ordinal);
        var phases = boxes
            .GroupBy(b => b.Phase ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? int.MaxValue : order.GetValueOrDefault(g.Key, order.Count))
            .Select(g => LayOutPhase([.. g], connections))
            .ToList();

        var rows = BestRows(phases);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var y = 0.0;
        foreach (var row in rows)
        {
            var x = 0.0;
            foreach (var phase in row)
            {
                foreach (var (id, (px, py)) in phase.Positions)
                {
                    positions[id] = (Math.Round(x + px), Math.Round(y + py));
                }

                x += phase.Width + PhaseGap;
            }

            y += row.Max(p => p.Height) + PhaseGap;
        }

        return positions;
    }

    /// <summary>Whether any two boxes at the given positions overlap (with their sizes).</summary>
    public static bool AnyOverlap(IReadOnlyList<(double X, double Y, double Width, double Height)> boxes)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                if (a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PhaseBlock LayOutPhase(List<LayoutBox> boxes, IReadOnlyList<(string From, string To)> connections)
    {
        var graph = new GeometryGraph();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var box in boxes)
        {
            var node = new Node(CurveFactory.CreateRectangle(box.Width, box.Height, new MsaglPoint(0, 0)), box.Id);
            nodes[box.Id] = node;
            graph.Nodes.Add(node);
        }

        foreach (var (from, to) in connections.Distinct())
        {
            if (from != to && nodes.TryGetValue(from, out var source) && nodes.TryGetValue(to, out var target))
            {
                var edge = new Edge(source, target);
                source.AddOutEdge(edge);
                target.AddInEdge(edge);
                graph.Edges.Add(edge);
            }
        }

        var settings = new SugiyamaLayoutSettings
        {
            // Layers run top to bottom by default; a quarter turn makes them run left to right.
            Transformation = PlaneTransformation.Rotation(Math.PI / 2),
            // Tight enough that the largest shipped flow fits 1366×768 with readable titles, wide enough for the outcome labels.
            NodeSeparation = 30,
            LayerSeparation = 60,
        };
        LayoutHelpers.CalculateLayout(graph, settings, null);

        var left = nodes.Values.Min(n => n.BoundingBox.Left);
        var right = nodes.Values.Max(n => n.BoundingBox.Right);
        var top = nodes.Values.Max(n => n.BoundingBox.Top);
        var bottom = nodes.Values.Min(n => n.BoundingBox.Bottom);

        // The rotation may run the layers right to left; mirror so that connections point rightwards.
        var mirror = graph.Edges.Count > 0 && graph.Edges.Average(e => e.Target.Center.X - e.Source.Center.X) < 0;
        var positions = nodes.ToDictionary(
            p => p.Key,
            p => (X: mirror ? right - p.Value.BoundingBox.Right : p.Value.BoundingBox.Left - left, Y: top - p.Value.BoundingBox.Top),
            StringComparer.Ordinal);
        return new PhaseBlock(positions, right - left, top - bottom);
    }

    /// <summary>Splits the phases, in order, into the rows that let the whole flow fit the screen at the largest scale.</summary>
    private static List<List<PhaseBlock>> BestRows(List<PhaseBlock> phases)
    {
        List<List<PhaseBlock>> best = [phases];
        var bestScale = 0.0;
        for (var count = 1; count <= phases.Count; count++)
        {
            var rows = Split(phases, count);
            var width = rows.Max(r => r.Sum(p => p.Width) + (PhaseGap * (r.Count - 1)));
            var height = rows.Sum(r => r.Max(p => p.Height)) + (PhaseGap * (rows.Count - 1));
            var scale = Math.Min(ScreenWidth / width, ScreenHeight / height);
            if (scale > bestScale)
            {
                (best, bestScale) = (rows, scale);
            }
        }

        return best;
    }

    /// <summary>At most <paramref name="count"/> rows of about equal width, keeping the phases' order.</summary>
    private static List<List<PhaseBlock>> Split(List<PhaseBlock> phases, int count)
    {
        var target = phases.Sum(p => p.Width + PhaseGap) / count;
        var rows = new List<List<PhaseBlock>> { new() };
        var width = 0.0;
        foreach (var phase in phases)
        {
            if (rows[^1].Count > 0 && width + (phase.Width / 2) > target && rows.Count < count)
            {
                rows.Add([]);
                width = 0;
            }

            rows[^1].Add(phase);
            width += phase.Width + PhaseGap;
        }

        return rows;
    }

    private sealed record PhaseBlock(IReadOnlyDictionary<string, (double X, double Y)> Positions, double Width, double Height);
}
