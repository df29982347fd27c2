using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>The designer's flow settings panel: name, description, phases, inputs and variables without JSON.</summary>
public sealed class FlowSettingsPanelTests : FlowPageTestContext
{
    [Fact]
    public async Task SettingsPanel_SavesNameDescriptionPhasesInputsAndVariables_WhenEditedAndSavedAsDraft()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "example-approval"));

        page.Find("#flow-settings-toggle").Click();
        page.Find("#settings-name-sv").Change("Godkännande");
        page.Find("#settings-name-en").Change("Approval");
        page.Find("#settings-description-sv").Change("Ett kort flöde för godkännanden.");
        page.Find("#settings-new-phase").Change("Ta fram idéer");
        page.Find("#settings-add-phase").Click();
        page.Find("#settings-inputs-add").Click();
        var newInput = flow.Inputs.Count;
        page.Find($"#settings-inputs-{newInput}-name").Change("budget");
        page.Find($"#settings-inputs-{newInput}-type").Change(nameof(FlowValueType.Number));
        page.Find($"#settings-inputs-{newInput}-required").Change(true);
        page.Find($"#settings-inputs-{newInput}-label-sv").Change("Budget i kronor");
        page.Find("#settings-variables-add").Click();
        page.Find($"#settings-variables-{flow.Variables.Count}-name").Change("beslut");
        Assert.Equal("Osparade ändringar", page.Find("#dirty-state").TextContent);
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync("example-approval", Token))!;
        Assert.Equal(LocalizedText.Of("Godkännande", "Approval"), draft.Name);
        Assert.Equal("Ett kort flöde för godkännanden.", draft.Description!.Get());
        Assert.Equal(new PhaseDefinition("taFramIdeer", LocalizedText.Of("Ta fram idéer")), draft.Phases[^1]);
        var budget = draft.Inputs[^1];
        Assert.Equal(("budget", FlowValueType.Number, true, "Budget i kronor"), (budget.Name, budget.Type, budget.Required, budget.Label!.Get()));
        Assert.Equal("beslut", draft.Variables[^1].Name);
        Assert.Equal(
            WorkflowDefinitionSerializer.Serialize(flow with { Name = draft.Name, Description = draft.Description, Phases = draft.Phases, Inputs = draft.Inputs, Variables = draft.Variables }),
            WorkflowDefinitionSerializer.Serialize(draft));
    }

    [Fact]
    public async Task SettingsPanel_RenamesAndReordersPhasesAndTheActivitiesFollow_WhenSaved()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("social-innovation-lab.json");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "social-innovation-lab"));

        page.Find("#flow-settings-toggle").Click();
        page.Find("#settings-phase-0-sv").Change("Förberedelse");
        page.FindAll("#flow-settings ol")[0].QuerySelectorAll("li")[1].QuerySelectorAll("button").First(b => b.TextContent == "Flytta upp fas 2").Click();
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync("social-innovation-lab", Token))!;
        Assert.Equal([flow.Phases[1].Id, flow.Phases[0].Id], draft.Phases.Take(2).Select(p => p.Id));
        Assert.Equal("Förberedelse", draft.Phases[1].Name.Get());
        Assert.Equal(flow.Activities.Select(a => a.Phase), draft.Activities.Select(a => a.Phase));
        Assert.Equal("Förberedelse", page.Find(".lf-node[data-activity-id=secureMandate] .lf-node-phase").TextContent);
    }

    [Fact]
    public void SettingsPanel_RefusesToRemoveAPhaseWithActivities_AndSaysWhatToDo()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("social-innovation-lab.json");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "social-innovation-lab"));

        page.Find("#flow-settings-toggle").Click();
        page.FindAll("#flow-settings ol")[0].QuerySelectorAll("li")[0].QuerySelectorAll("button").First(b => b.TextContent == "Ta bort fas 1").Click();

        Assert.Equal(
            $"Fasen {flow.Phases[0].Name.Get()} har aktiviteter och kan inte tas bort. Flytta aktiviteterna till en annan fas först.",
            page.Find("#settings-phase-error").TextContent);
        Assert.Equal(flow.Phases.Count, page.FindAll("#flow-settings ol")[0].QuerySelectorAll(":scope > li").Length);
        Assert.Equal("Allt är sparat", page.Find("#dirty-state").TextContent);
    }

    [Theory]
    [InlineData("Ta fram idéer", "taFramIdeer")]
    [InlineData("Följa upp", "foljaUpp2")]
    [InlineData("3 månader", "phase3Manader")]
    public void NewPhaseId_IsACamelCaseIdFreeOfTheTakenOnes(string name, string expected)
    {
        var id = FlowSettingsIds.NewPhaseId(name, ["foljaUpp", "prepare"]);

        Assert.Equal(expected, id);
    }
}
