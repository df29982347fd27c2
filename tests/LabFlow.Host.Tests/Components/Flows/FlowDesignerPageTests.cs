using System.Globalization;
using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

public sealed class FlowDesignerPageTests : FlowPageTestContext
{
    [Fact]
    public void Render_ShowsEveryActivityOnTheCanvasWithItsPhaseAsText_WhenTheBiggestShippedFlowIsOpened()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("social-innovation-lab.json");

        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "social-innovation-lab"));

        Assert.Equal("Designa Socialt innovationslabb", page.Find("h1").TextContent);
        Assert.Equal(flow.Activities.Count, page.FindAll(".lf-node").Count);
        var mandate = page.Find(".lf-node[data-activity-id=secureMandate]");
        Assert.Equal("Förbereda", mandate.QuerySelector(".lf-node-phase")!.TextContent);
        Assert.Contains("lf-phase-0", mandate.ClassName, StringComparison.Ordinal);
        Assert.Equal("Flödet har inget utkast: du utgår från version 1. När du sparar blir det ett utkast.", page.Find("#designer-source").TextContent);
    }

    [Fact]
    public void Render_RefusesTheDesigner_WhenAFacilitatorOpensIt()
    {
        SignInAsFacilitator();

        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "social-innovation-lab"));

        Assert.Equal("Ingen behörighet", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll(".lf-node"));
    }

    [Fact]
    public async Task Validate_ListsEveryErrorWithItsJsonPathAndShowsTheActivity_WhenTheDraftIsBroken()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var index = flow.Activities.ToList().FindIndex(a => a.Type == "SetVariable");
        var broken = flow with { Activities = [.. flow.Activities.Select((a, i) => i == index ? a with { Type = "SetVariabel" } : a)] };
        await Store.SaveDraftAsync(broken, Token);
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#validate").Click();

        var paths = page.FindAll("#flow-issues .lf-issue-path").Select(e => e.TextContent).ToList();
        Assert.Contains($"$.activities[{index}].type", paths);
        Assert.Contains(page.FindAll("#flow-issues li"), li => li.TextContent.Contains("okänd aktivitetstyp 'SetVariabel' (menade du 'SetVariable'?)", StringComparison.Ordinal));
        var id = flow.Activities[index].Id;
        Assert.Contains("lf-node-error", page.Find($".lf-node[data-activity-id={id}]").ClassName, StringComparison.Ordinal);

        var show = page.FindAll("#flow-issues button").First(b => b.TextContent == $"Visa aktiviteten {id}");
        show.Click();

        Assert.Equal($"Egenskaper för {id}", page.Find("#properties-title").TextContent);
        Assert.Contains("selected", page.Find($".lf-node[data-activity-id={id}]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_CreatesTheNextVersionAndSaysRunningLabsKeepTheirs_WhenConfirmed()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "social-innovation-lab"));

        page.Find("#publish").Click();
        Assert.Equal(
            "Socialt innovationslabb publiceras som version 2. Nya labb startar på version 2. Labb som redan pågår fortsätter på den version de startade på.",
            page.Find("#publish-confirm-text").TextContent.Trim());
        page.Find("#publish-now").Click();

        Assert.Equal("Version 2 är publicerad. Labb som redan pågår behåller sin version.", page.Find("#designer-notice").TextContent);
        var latest = await Store.FindLatestAsync("social-innovation-lab", Token);
        Assert.Equal(2, latest!.Definition.Version);
        Assert.StartsWith("user:designer@example.se", latest.Source, StringComparison.Ordinal);
        Assert.Equal(
            WorkflowDefinitionSerializer.Serialize(ShippedFlows.Load("social-innovation-lab.json") with { Version = 2 }),
            WorkflowDefinitionSerializer.Serialize(latest.Definition));
        Assert.Empty(page.FindAll("#publish-confirm"));
    }

    [Fact]
    public async Task Validate_NamesTheMissingFieldByItsPanelLabel_WhenARequiredInputIsEmpty()
    {
        // Arrange: the decision "Stort belopp?" without its condition.
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var broken = flow with { Activities = [.. flow.Activities.Select(a => a.Id == "isLarge" ? a with { Inputs = new System.Text.Json.Nodes.JsonObject() } : a)] };
        await Store.SaveDraftAsync(broken, Token);
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        // Act
        page.Find("#validate").Click();

        // Assert: the activity's title and the panel's label, not the JSON key "condition".
        var message = Assert.Single(page.FindAll("#flow-issues .lf-issue-message")).TextContent;
        Assert.Equal("\"Stort belopp?\" saknar Villkor, som måste fyllas i. Välj \"Visa aktiviteten\" och fyll i Villkor i aktivitetens panel.", message);
    }

    [Fact]
    public async Task Publish_ShowsTheErrorsAndPublishesNothing_WhenTheDraftIsInvalid()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        await Store.SaveDraftAsync(flow with { Connections = [.. flow.Connections, new ConnectionDefinition { From = "start", To = "nowhere" }] }, Token);
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#publish").Click();
        page.Find("#publish-now").Click();

        Assert.Equal("Flödet publicerades inte: 1 fel måste rättas.", page.Find("#flow-issues-title").TextContent);
        Assert.Equal($"$.connections[{flow.Connections.Count}].to", page.Find("#flow-issues .lf-issue-path").TextContent);
        Assert.Equal(1, (await Store.FindLatestAsync("example-approval", Token))!.Definition.Version);
    }

    [Fact]
    public async Task Validate_ListsTheErrorInEnglish_WhenThePageIsEnglish()
    {
        SignInAsDesigner();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        var flow = ShippedFlows.Load("example-approval.json");
        await Store.SaveDraftAsync(flow with { Connections = [.. flow.Connections, new ConnectionDefinition { From = "start", To = "nowhere" }] }, Token);
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#validate").Click();

        Assert.Equal("no activity has id 'nowhere'; use the id of one of the flow's activities.", page.Find("#flow-issues .lf-issue-message").TextContent);
    }

    [Fact]
    public async Task Validate_ListsTheErrorInSwedishWithItsPath_WhenTheConnectionPointsNowhere()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        await Store.SaveDraftAsync(flow with { Connections = [.. flow.Connections, new ConnectionDefinition { From = "start", To = "nowhere" }] }, Token);
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#validate").Click();

        Assert.Equal($"$.connections[{flow.Connections.Count}].to", page.Find("#flow-issues .lf-issue-path").TextContent);
        Assert.Equal("ingen aktivitet har id 'nowhere'; använd id:t för en av flödets aktiviteter.", page.Find("#flow-issues .lf-issue-message").TextContent);
    }

    [Fact]
    public async Task ListView_BuildsAConnectedActivityWithTheKeyboardControls_WhenSavedAsDraft()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "learning-seminar"));
        var flow = ShippedFlows.Load("learning-seminar.json");
        var start = flow.Activities.Single(a => a.Type == "Start").Id;

        page.Find("#view-list").Click();
        page.Find("#add-Delay").Click();
        page.Find("#prop-input-duration").Change("P3D");
        page.Find($"#connect-{start}-target").Change("delay1");
        page.Find($"#connect-{start}").Click();
        Assert.Equal("Osparade ändringar", page.Find("#dirty-state").TextContent);
        page.Find("#save-draft").Click();

        var draft = await Store.FindDraftAsync("learning-seminar", Token);
        Assert.NotNull(draft);
        var delay = draft.FindActivity("delay1");
        Assert.Equal("Delay", delay!.Type);
        Assert.Equal("\"P3D\"", delay.Inputs!["duration"]!.ToJsonString());
        Assert.Equal(new ConnectionDefinition { From = start, To = "delay1" }, draft.Connections[^1]);
        Assert.Equal(flow.Connections.Count + 1, draft.Connections.Count);
        Assert.Equal("Allt är sparat", page.Find("#dirty-state").TextContent);
        Assert.Equal("Utkastet är sparat och kan publiceras.", page.Find("#designer-notice").TextContent);
    }

    [Fact]
    public async Task PropertyPanel_WritesTheNameInBothLanguagesAndKeepsEverythingElse_WhenTheNameIsEdited()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var target = flow.Activities[1];
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#view-list").Click();
        page.Find($"#edit-{target.Id}").Click();
        page.Find("#prop-name-sv").Change("Nytt namn");
        page.Find("#prop-name-en").Change("New name");
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync("example-approval", Token))!;
        var expected = flow with
        {
            Activities = [.. flow.Activities.Select((a, i) => i == 1 ? a with { Name = LocalizedText.Of("Nytt namn", "New name") } : a)],
        };
        Assert.Equal(WorkflowDefinitionSerializer.Serialize(expected), WorkflowDefinitionSerializer.Serialize(draft));
    }

    [Fact]
    public void PropertyPanel_KeepsTheTextAndShowsTheError_WhenJsonIsInvalid()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));
        var decision = ShippedFlows.Load("example-approval.json").Activities.First(a => a.Type == "Decision").Id;

        page.Find("#view-list").Click();
        page.Find($"#edit-{decision}").Click();
        page.Find("#prop-input-condition-advanced").Change(true);
        page.Find("#prop-input-condition").Change("{ \"js\": ");

        Assert.Equal("true", page.Find("#prop-input-condition").GetAttribute("aria-invalid"));
        Assert.StartsWith("Värdet är inte giltig JSON:", page.Find("#prop-input-condition-error").TextContent);
        Assert.Equal("Allt är sparat", page.Find("#dirty-state").TextContent);
    }
}
