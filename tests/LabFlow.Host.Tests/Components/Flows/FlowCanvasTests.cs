using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

public sealed class FlowCanvasTests : FlowPageTestContext
{
    [Fact]
    public async Task Add_PlacesTheNewActivityInFreeSpaceBesideTheSelectedOneAndConnectsIt_WhenAnActivityIsSelected()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("learning-seminar.json");
        var start = flow.Activities.Single(a => a.Type == "Start");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flow.Id));
        page.Find("#view-list").Click();
        page.Find($"#edit-{start.Id}").Click();

        page.Find("#add-UserTask").Click();
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync(flow.Id, Token))!;
        var added = draft.Activities[^1];
        Assert.Equal("UserTask", added.Type);
        Assert.Equal(new ConnectionDefinition { From = start.Id, To = added.Id }, draft.Connections[^1]);
        Assert.Equal($"Egenskaper för {added.Id}", page.Find("#properties-title").TextContent);
        var others = draft.Activities.Take(draft.Activities.Count - 1).Select(a => (a.Designer!.X, a.Designer.Y, 240.0, 102.0)).ToList();
        Assert.False(PhaseLayout.AnyOverlap([.. others, (added.Designer!.X, added.Designer.Y, 240.0, 102.0)]));
        Assert.True(added.Designer.X > start.Designer!.X);
    }

    [Fact]
    public void ConnectChooser_ListsTargetsByPhaseWithNamesAndFiltersThem_WhenSearched()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("social-innovation-lab.json");
        var start = flow.Activities.Single(a => a.Type == "Start").Id;
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flow.Id));
        page.Find("#view-list").Click();

        var groups = page.FindAll($"#connect-{start}-target optgroup").Select(g => g.GetAttribute("label")).ToList();
        page.Find($"#connect-{start}-search").Input("mandat");
        var found = page.FindAll($"#connect-{start}-target optgroup option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Equal($"Fas: {flow.Phases[0].Name.Get()}", groups[0]);
        Assert.Contains("secureMandate", found);
        Assert.True(found.Count < flow.Activities.Count / 4, $"{found.Count} activities match 'mandat'");
        Assert.Equal("Klar", page.Find($"#connect-{start}-outcome option").TextContent);
    }

    [Fact]
    public async Task Render_ArrangesAFlowWhoseNodesOverlap_AndSaysSo()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var stacked = flow with { Activities = [.. flow.Activities.Select(a => a with { Designer = new DesignerPosition(0, 0) })] };
        await Store.SaveDraftAsync(stacked, Token);

        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flow.Id));

        Assert.StartsWith("Några aktiviteter låg över varandra", page.Find("#designer-notice").TextContent, StringComparison.Ordinal);
        Assert.Equal(flow.Activities.Count, page.FindAll(".lf-node").Count);
    }
}
