using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Host.Components.Flows;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>The designer's arrow keys, the Switch cases and template editors, and the test run panel.</summary>
public sealed class DesignerKeysAndRunTests : FlowPageTestContext
{
    [Fact]
    public void ArrowKeys_GoAlongConnectionsAndBetweenBranches_WhenPressedOnTheCanvas()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "learning-seminar"));
        var canvas = page.Find("#canvas");
        var visited = new List<string>();

        foreach (var key in new[] { "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowDown", "ArrowLeft" })
        {
            page.Find("#canvas").KeyDown(key);
            visited.Add(page.Find("#properties-title").TextContent.Replace("Egenskaper för ", string.Empty, StringComparison.Ordinal));
        }

        Assert.NotNull(canvas);
        Assert.Equal(["start", "plan", "seminar", "documentation", "feedback", "seminar"], visited);
        Assert.StartsWith("Vald: ", page.Find("#designer-notice").TextContent, StringComparison.Ordinal);
        Assert.Contains("Kopplingar vidare:", page.Find("#designer-notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasesEditor_StoresANewCaseWithItsCondition_WhenAddedWithoutJson()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flow.Id));
        page.Find("#view-list").Click();
        page.Find("#edit-route").Click();
        var count = flow.FindActivity("route")!.Inputs!["cases"]!.AsArray().Count;

        page.Find("#prop-input-cases-add").Click();
        page.Find($"#prop-input-cases-{count}-name").Change("late");
        page.Find($"#prop-input-cases-{count}-condition").Change("vars.approvals == 0");
        page.Find("#save-draft").Click();

        var cases = (await Store.FindDraftAsync(flow.Id, Token))!.FindActivity("route")!.Inputs!["cases"]!.AsArray();
        Assert.Equal("""{"name":"late","condition":{"js":"vars.approvals == 0"}}""", cases[^1]!.ToJsonString());
        Assert.Equal(count + 1, cases.Count);
    }

    [Fact]
    public void KindOf_ChoosesTheCasesAndTemplateEditors_ForSwitchCasesAndLiquidValues()
    {
        var registry = ShippedFlows.Registry;
        var cases = registry.Find("Switch")!.Inputs.Single(i => i.Name == "cases");
        var correlation = registry.Find("WaitForSignal")!.Inputs.Single(i => i.Name == "correlation");

        Assert.Equal(InputEditorKind.Cases, InputEditors.KindOf(cases, JsonNode.Parse("""[{ "name": "a", "condition": { "js": "true" } }]""")));
        Assert.Equal(InputEditorKind.Json, InputEditors.KindOf(cases, JsonNode.Parse("""[{ "name": "a", "condition": true }]""")));
        Assert.Equal(InputEditorKind.Template, InputEditors.KindOf(correlation, JsonNode.Parse("""{ "liquid": "{{ inputs.applicant }}" }""")));
    }

    [Fact]
    public async Task TemplateEditor_PreviewsWithSampleValuesAndRefusesABrokenTemplate_WhenATitleBecomesATemplate()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "learning-seminar"));
        page.Find("#add-UserTask").Click();

        page.Find("#prop-input-title-template").Change(true);
        page.Find("#prop-input-title").Change("Planera {{ lab.title }}");
        var preview = page.Find("#prop-input-title-preview").TextContent;
        page.Find("#prop-input-title").Change("Planera {{ lab.title");
        var refused = page.Find("#prop-input-title-check").TextContent;
        page.Find("#save-draft").Click();

        Assert.Contains("Planera Exempellabbet", preview, StringComparison.Ordinal);
        Assert.StartsWith("Mallen går inte att läsa:", refused, StringComparison.Ordinal);
        var added = (await Store.FindDraftAsync("learning-seminar", Token))!.Activities[^1];
        Assert.Equal("""{"liquid":"Planera {{ lab.title }}"}""", added.Inputs!["title"]!.ToJsonString());
    }

    [Fact]
    public void TestRun_ShowsTheFirstTaskForItsRoleAndRunsOn_WhenStartedAndCompletedFromThePanel()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "learning-seminar"));

        page.Find("#test-run-toggle").Click();
        page.Find("#test-run-go").Click();
        page.WaitForElement("#test-run-waiting");
        var waiting = page.Find(".lf-test-run-list li[data-task-activity='plan']").TextContent;
        page.Find(".lf-test-run-list li[data-task-activity='plan'] button").Click();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("#test-run-log li"), li => li.TextContent.Contains("(plan) blev klar", StringComparison.Ordinal)));

        Assert.Contains("för rollen", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("{", page.Find("#test-run").TextContent, StringComparison.Ordinal);
    }
}
