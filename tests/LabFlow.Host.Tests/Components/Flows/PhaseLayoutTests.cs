using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

public sealed class PhaseLayoutTests
{
    public static TheoryData<string> FlowFiles => [.. ShippedFlows.FileNames];

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void ArrangeByPhase_LeavesNoTwoNodesOverlapping_ForEveryShippedFlow(string file)
    {
        var diagram = FlowDiagramMapper.ToDiagram(ShippedFlows.Load(file), ShippedFlows.Registry);

        diagram.ArrangeByPhase();

        Assert.False(diagram.HasOverlaps());
        Assert.All(diagram.Activities, node => Assert.Equal(new DesignerPosition(node.Position.X, node.Position.Y), node.Activity.Designer));
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void ShippedFlow_IsSavedAsAutomaticLayoutArrangesIt_SoFitToScreenShowsItReadable(string file)
    {
        // Arrange: the positions as shipped.
        var diagram = FlowDiagramMapper.ToDiagram(ShippedFlows.Load(file), ShippedFlows.Registry);
        var shipped = diagram.Activities.ToDictionary(n => n.Activity.Id, n => (n.Position.X, n.Position.Y), StringComparer.Ordinal);

        // Act
        diagram.ArrangeByPhase();

        // Assert: a layout change must be saved into the shipped files (lay each out in the designer and export it).
        Assert.All(diagram.Activities, node => Assert.True(
            shipped[node.Activity.Id] == (node.Position.X, node.Position.Y),
            $"{file}: {node.Activity.Id} is saved at {shipped[node.Activity.Id]}, automatic layout puts it at ({node.Position.X}, {node.Position.Y})."));
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void ArrangeByPhase_PutsEachPhaseInItsOwnColumn_InThePhasesOrder(string file)
    {
        var flow = ShippedFlows.Load(file);
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);

        diagram.ArrangeByPhase();

        // Each phase's nodes stand inside one box, and no other node stands inside it.
        // Activities without a phase (Start, End) stand with their neighbours, so only phased ones are checked.
        var boxes = diagram.Activities.Where(n => n.Activity.Phase is not null).GroupBy(n => n.Activity.Phase!).ToDictionary(
            g => g.Key,
            g => (Left: g.Min(n => n.Position.X), Right: g.Max(n => n.Position.X) + 240, Top: g.Min(n => n.Position.Y), Bottom: g.Max(n => n.Position.Y + PhaseLayout.NodeSize(n.OutcomePorts.Count()).Height)));
        foreach (var node in diagram.Activities.Where(n => n.Activity.Phase is not null))
        {
            foreach (var (phase, box) in boxes.Where(b => b.Key != node.Activity.Phase))
            {
                var inside = node.Position.X >= box.Left && node.Position.X < box.Right && node.Position.Y >= box.Top && node.Position.Y < box.Bottom;
                Assert.False(inside, $"{node.Activity.Id} stands in phase {phase}'s column");
            }
        }

        // Within a row, phases run left to right in the flow's order.
        var declared = flow.Phases.Select(p => p.Id).Where(boxes.ContainsKey).ToList();
        for (var i = 1; i < declared.Count; i++)
        {
            var (before, after) = (boxes[declared[i - 1]], boxes[declared[i]]);
            Assert.True(after.Left >= before.Right || after.Top >= before.Bottom, $"phase {declared[i]} comes before {declared[i - 1]}");
        }
    }

    [Fact]
    public void Arrange_RunsConnectionsLeftToRight_WithinAPhase()
    {
        LayoutBox[] boxes = [new("a", "p", 240, 100), new("b", "p", 240, 100), new("c", "p", 240, 100)];

        var positions = PhaseLayout.Arrange(boxes, [("a", "b"), ("b", "c")], ["p"]);

        Assert.True(positions["a"].X < positions["b"].X);
        Assert.True(positions["b"].X < positions["c"].X);
    }
}
