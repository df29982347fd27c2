using System.Text.Json.Nodes;
using Blazor.Diagrams.Core.Geometry;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

public sealed class FlowDiagramMapperTests
{
    public static TheoryData<string> Files => [.. ShippedFlows.FileNames];

    [Theory]
    [MemberData(nameof(Files))]
    public void ToDefinition_GivesTheSameFlowJson_WhenAShippedFlowIsLoadedAndSavedUnchanged(string fileName)
    {
        var flow = ShippedFlows.Load(fileName);

        var saved = WorkflowDefinitionSerializer.Serialize(FlowDiagramMapper.ToDefinition(FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry)));
        var reloaded = ShippedFlows.Loader.Load(fileName, saved);

        Assert.Equal(WorkflowDefinitionSerializer.Serialize(flow), saved);
        Assert.True(reloaded.IsValid, string.Join(Environment.NewLine, reloaded.Errors));
        Assert.Equal(saved, WorkflowDefinitionSerializer.Serialize(reloaded.Definition!));
    }

    [Fact]
    public void ToDiagram_ShowsEveryActivityAtItsDesignerPositionAndEveryConnectionWithItsOutcome_WhenTheFlowIsTheSocialInnovationLab()
    {
        var flow = ShippedFlows.Load("social-innovation-lab.json");

        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);

        Assert.Equal(flow.Activities.Count, diagram.Diagram.Nodes.Count);
        Assert.All(flow.Activities.Where(a => a.Designer is not null), activity =>
        {
            var node = diagram.Find(activity.Id)!;
            Assert.Equal(new Point(activity.Designer!.X, activity.Designer.Y), node.Position);
        });
        Assert.Equal(
            flow.Connections.Select(c => $"{c.From} -{c.OutcomeOrDefault}-> {c.To}"),
            diagram.Connections.Select(c => $"{c.From.Activity.Id} -{c.Outcome}-> {c.To!.Activity.Id}"));
        Assert.Empty(diagram.UnmappedConnections);
        // Labels are in the user's language (Swedish here), not the outcome's id.
        Assert.Equal("Klar", diagram.Connections.First(c => c.Outcome == ConnectionDefinition.DefaultOutcome).Labels.Single().Content);
    }

    [Fact]
    public void ToDefinition_ChangesOnlyThatActivitysDesignerPosition_WhenANodeIsMoved()
    {
        var flow = ShippedFlows.Load("social-innovation-lab.json");
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);
        var moved = diagram.Activities.ElementAt(3);
        var changes = 0;
        diagram.Changed += () => changes++;

        diagram.Move(moved, 512.4, 96.6);
        var saved = FlowDiagramMapper.ToDefinition(diagram);

        Assert.Equal(1, changes);
        Assert.Equal(new DesignerPosition(512, 97), saved.Activities[3].Designer);
        var expected = flow with
        {
            Activities = [.. flow.Activities.Select((a, i) => i == 3 ? a with { Designer = new DesignerPosition(512, 97) } : a)],
        };
        Assert.Equal(WorkflowDefinitionSerializer.Serialize(expected), WorkflowDefinitionSerializer.Serialize(saved));
    }

    [Fact]
    public void ToDefinition_WritesAPositionOnlyForTheMovedOne_WhenActivitiesTheFileLeftUnplacedAreLoadedAndOneIsMoved()
    {
        var shipped = ShippedFlows.Load("example-approval.json");
        var flow = shipped with { Activities = [.. shipped.Activities.Select((a, i) => i is 1 or 2 ? a with { Designer = null } : a)] };
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);

        diagram.Move(diagram.Find(flow.Activities[2].Id)!, 40, 600);
        var saved = FlowDiagramMapper.ToDefinition(diagram);

        Assert.Null(saved.Activities[1].Designer);
        Assert.Equal(new DesignerPosition(40, 600), saved.Activities[2].Designer);
        Assert.NotEqual(diagram.Find(flow.Activities[1].Id)!.Position, diagram.Find(flow.Activities[0].Id)!.Position);
    }

    [Fact]
    public void ToDefinition_AddsExactlyThatConnectionAtTheEnd_WhenAnOutcomeIsConnectedToAnotherActivity()
    {
        var flow = ShippedFlows.Load("example-approval.json");
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);
        var decision = diagram.Activities.First(a => a.Activity.Type == "Decision");
        var end = diagram.Activities.First(a => a.Activity.Type == "End");
        var start = diagram.Activities.First(a => a.Activity.Type == "Start");

        var trueLink = diagram.Connect(decision, "True", start);
        var doneLink = diagram.Connect(start, "Done", end);
        var saved = FlowDiagramMapper.ToDefinition(diagram);

        Assert.NotNull(trueLink);
        Assert.NotNull(doneLink);
        Assert.Equal(flow.Activities.Count, saved.Activities.Count);
        Assert.Equal(flow.Connections.Count + 2, saved.Connections.Count);
        Assert.Equal(flow.Connections, saved.Connections.Take(flow.Connections.Count));
        Assert.Equal(new ConnectionDefinition { From = decision.Activity.Id, Outcome = "True", To = start.Activity.Id }, saved.Connections[^2]);
        Assert.Equal(new ConnectionDefinition { From = start.Activity.Id, To = end.Activity.Id }, saved.Connections[^1]);
    }

    [Fact]
    public void Connect_AddsNothing_WhenTheSameConnectionExists()
    {
        var flow = ShippedFlows.Load("example-approval.json");
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);
        var first = flow.Connections[0];

        var link = diagram.Connect(diagram.Find(first.From)!, first.OutcomeOrDefault, diagram.Find(first.To)!);

        Assert.Null(link);
        Assert.Equal(flow.Connections, FlowDiagramMapper.ToDefinition(diagram).Connections);
    }

    [Fact]
    public void ToDefinition_DropsTheActivityAndEveryConnectionToAndFromIt_WhenANodeIsDeleted()
    {
        var flow = ShippedFlows.Load("social-innovation-lab.json");
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);
        var victim = flow.Activities[5].Id;

        diagram.Remove(diagram.Find(victim)!);
        var saved = FlowDiagramMapper.ToDefinition(diagram);

        Assert.Equal(flow.Activities.Where(a => a.Id != victim).Select(a => a.Id), saved.Activities.Select(a => a.Id));
        Assert.Equal(flow.Connections.Where(c => c.From != victim && c.To != victim), saved.Connections);
        Assert.True(flow.Connections.Count > saved.Connections.Count);
    }

    [Fact]
    public void ToDefinition_KeepsConnectionsToMissingActivitiesInTheirPlace_WhenADraftIsBroken()
    {
        var flow = ShippedFlows.Load("example-approval.json");
        var broken = flow with
        {
            Connections = [flow.Connections[0], new ConnectionDefinition { From = "ghost", To = flow.Connections[0].To }, .. flow.Connections.Skip(1)],
        };

        var saved = FlowDiagramMapper.ToDefinition(FlowDiagramMapper.ToDiagram(broken, ShippedFlows.Registry));

        Assert.Equal(WorkflowDefinitionSerializer.Serialize(broken), WorkflowDefinitionSerializer.Serialize(saved));
    }

    [Fact]
    public void Update_RenamesTheActivityInItsConnectionsAndAddsPortsForNewOutcomes_WhenTheActivityIsEdited()
    {
        var flow = ShippedFlows.Load("social-innovation-lab.json");
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);
        var task = diagram.Activities.First(a => a.Activity.Type == "UserTask" && a.Links.Count + a.PortLinks.Count() > 1);
        var oldId = task.Activity.Id;
        var inputs = task.Activity.Inputs!.DeepClone().AsObject();
        inputs["actions"] = new JsonArray(new JsonObject { ["name"] = "done", ["label"] = "Klar" }, new JsonObject { ["name"] = "redo", ["label"] = "Gör om" });

        diagram.Update(task, task.Activity with { Id = "renamed", Inputs = inputs });
        var saved = FlowDiagramMapper.ToDefinition(diagram);

        Assert.DoesNotContain(saved.Connections, c => c.From == oldId || c.To == oldId);
        Assert.Equal(
            flow.Connections.Count(c => c.From == oldId || c.To == oldId),
            saved.Connections.Count(c => c.From == "renamed" || c.To == "renamed"));
        Assert.Contains("redo", diagram.OutcomesOf(task));
        Assert.Null(flow.FindActivity(oldId)!.Inputs!["actions"]?["redo"]);
    }

    [Fact]
    public void AddActivity_GivesAFreshIdAndTheDropPosition_WhenATypeIsAddedFromTheToolbox()
    {
        var flow = ShippedFlows.Load("example-approval.json");
        var diagram = FlowDiagramMapper.ToDiagram(flow, ShippedFlows.Registry);

        var first = diagram.AddActivity(ShippedFlows.Registry.Find("Delay")!, new Point(100.2, 300.7));
        var second = diagram.AddActivity(ShippedFlows.Registry.Find("Delay")!, new Point(0, 0), "explore");
        var saved = FlowDiagramMapper.ToDefinition(diagram);

        Assert.Equal(new ActivityNode { Id = "delay1", Type = "Delay", Designer = new DesignerPosition(100, 301) }, saved.Activities[^2]);
        Assert.Equal("delay2", second.Activity.Id);
        Assert.Equal("explore", saved.Activities[^1].Phase);
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("$.activities[12].inputs.title", 12, null)]
    [InlineData("$.activities[3]", 3, null)]
    [InlineData("$.connections[7].to", null, 7)]
    [InlineData("$.phases[1].id", null, null)]
    [InlineData("$", null, null)]
    public void ActivityIndex_ReadsTheIndexOfTheActivityOrConnection_WhenThePathNamesOne(string path, int? activity, int? connection)
    {
        Assert.Equal(activity, FlowDiagramMapper.ActivityIndex(path));
        Assert.Equal(connection, FlowDiagramMapper.ConnectionIndex(path));
    }
}
