using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>Undo and redo in the designer: every change, one step per action, and saving what is shown.</summary>
public sealed class FlowUndoTests : FlowPageTestContext
{
    [Fact]
    public async Task Undo_TakesBackAnAddedAndConnectedActivityInOneStep_AndRedoBringsItBack()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("learning-seminar.json");
        var start = flow.Activities.Single(a => a.Type == "Start").Id;
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "learning-seminar"));
        Assert.True(page.Find("#undo").HasAttribute("disabled"));

        page.Find("#view-list").Click();
        page.Find("#add-Delay").Click();
        page.Find($"#connect-{start}-target").Change("delay1");
        page.Find($"#connect-{start}").Click();
        page.Find("#undo").Click();

        Assert.Equal("Den senaste ändringen är ångrad.", page.Find("#designer-notice").TextContent);
        Assert.False(page.Find("#redo").HasAttribute("disabled"));
        page.Find("#undo").Click();
        Assert.Empty(page.FindAll("#edit-delay1"));
        page.Find("#redo").Click();
        page.Find("#redo").Click();
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync("learning-seminar", Token))!;
        Assert.Equal("Delay", draft.FindActivity("delay1")!.Type);
        Assert.Equal(new ConnectionDefinition { From = start, To = "delay1" }, draft.Connections[^1]);
        Assert.True(page.Find("#redo").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Undo_RestoresTheFlowSettings_WhenTheNameWasChangedAndTheDraftIsSaved()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#flow-settings-toggle").Click();
        page.Find("#settings-name-sv").Change("Ett annat namn");
        page.Find("#undo").Click();
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync("example-approval", Token))!;
        Assert.Equal(WorkflowDefinitionSerializer.Serialize(flow), WorkflowDefinitionSerializer.Serialize(draft));
    }

    [Fact]
    public void History_DropsWhatCouldBeRedone_WhenANewChangeFollowsAnUndo()
    {
        var flow = ShippedFlows.Load("example-approval.json");
        var renamed = flow with { Name = LocalizedText.Of("Två") };
        var other = flow with { Name = LocalizedText.Of("Tre") };
        var history = new FlowEditHistory(flow);

        history.Record(renamed);
        var undone = history.Undo();
        history.Record(other);

        Assert.Same(flow, undone);
        Assert.False(history.CanRedo);
        Assert.Same(flow, history.Undo());
        Assert.Null(history.Undo());
    }

    [Fact]
    public void History_KeepsAtMostItsCapacity_WhenThereAreManyChanges()
    {
        var flow = ShippedFlows.Load("example-approval.json");
        var history = new FlowEditHistory(flow);

        for (var i = 0; i < FlowEditHistory.Capacity + 5; i++)
        {
            history.Record(flow with { Name = LocalizedText.Of($"Namn {i}") });
        }

        var steps = 0;
        while (history.Undo() is not null)
        {
            steps++;
        }

        Assert.Equal(FlowEditHistory.Capacity, steps);
        Assert.Equal("Namn 4", history.Current.Name.Get());
    }
}
