using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>
/// The property panel's structured editors on the designer page: a value set in an editor round-trips through save,
/// reload and JSON export unchanged; Avancerat keeps what the editor cannot show; opening and saving changes nothing.
/// </summary>
public sealed class InputEditorsTests : FlowPageTestContext
{
    private const string FlowId = "learning-seminar";

    [Fact]
    public async Task Save_StoresEveryShippedFlowUnchanged_WhenEachActivityIsOpenedInThePanel()
    {
        SignInAsDesigner();
        foreach (var file in ShippedFlows.FileNames)
        {
            var flow = ShippedFlows.Load(file);
            var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flow.Id));
            page.Find("#view-list").Click();
            foreach (var activity in flow.Activities)
            {
                page.Find($"#edit-{activity.Id}").Click();
                Assert.Equal($"Egenskaper för {activity.Id}", page.Find("#properties-title").TextContent);
            }

            page.Find("#save-draft").Click();

            var draft = await Store.FindDraftAsync(flow.Id, Token);
            var saved = draft is null ? flow : draft;
            Assert.Equal(WorkflowDefinitionSerializer.Serialize(flow), WorkflowDefinitionSerializer.Serialize(saved));
        }
    }

    [Fact]
    public void KindOf_ShowsEveryInputOfEveryShippedFlowInAnEditor_ExceptLiteralVariableValues()
    {
        var registry = ShippedFlows.Registry;
        var json = new List<string>();
        foreach (var file in ShippedFlows.FileNames)
        {
            foreach (var activity in ShippedFlows.Load(file).Activities)
            {
                foreach (var input in registry.Find(activity.Type)?.Inputs ?? [])
                {
                    var value = activity.Inputs?[input.Name];
                    if (value is not null && InputEditors.KindOf(input, value) == InputEditorKind.Json)
                    {
                        json.Add($"{activity.Type}.{input.Name}");
                    }
                }
            }
        }

        // SetVariable's literal values have no typed editor (the value may be anything).
        Assert.Empty(json.Distinct().Where(name => name is not "SetVariable.value").Order());
    }

    [Fact]
    public async Task AssigneeEditor_StoresTheRoleOrTheLaunchInput_WhenChosen()
    {
        SignInAsDesigner();
        var (page, task) = OpenFirstTask();

        page.Find("#prop-input-assignee").Change("role:Coordinator");
        var afterRole = await SaveAndReloadAsync(page, task);
        page.Find("#prop-input-informed-Sponsor").Change(true);
        var afterInformed = await SaveAndReloadAsync(page, task);

        Assert.Equal("""{"role":"Coordinator"}""", afterRole.Inputs!["assignee"]!.ToJsonString());
        Assert.Equal("""["Coordinator","Sponsor"]""", afterInformed.Inputs!["informed"]!.ToJsonString());
        Assert.Equal("Samordnare", page.Find("#prop-input-assignee option:checked").TextContent);
    }

    [Fact]
    public async Task RelativeDateEditor_WritesWorkingDaysAndShowsTheExampleDate_WhenFiveWorkingDaysAfterStartIsChosen()
    {
        SignInAsDesigner();
        var (page, task) = OpenFirstTask();

        page.Find("#prop-input-due-mode").Change("afterStart");
        page.Find("#prop-input-due-amount").Change("5");
        page.Find("#prop-input-due-unit").Change("workingDays");
        var saved = await SaveAndReloadAsync(page, task);

        Assert.Equal("""{"workingDaysAfterStart":5}""", saved.Inputs!["due"]!.ToJsonString());
        // The clock stands on Thursday 18 June 2026; midsommarafton (19 June) is no working day.
        Assert.Equal("Exempel: med start 18 juni 2026 blir det 26 juni 2026.", page.Find("#prop-input-due-example").TextContent);
        Assert.Equal("workingDays", page.Find("#prop-input-due-unit option:checked").GetAttribute("value"));
    }

    [Theory]
    [InlineData("""{ "daysAfterStart": -28 }""")]
    [InlineData("""{ "monthsAfterStart": 7 }""")]
    [InlineData("""{ "daysAfterCreated": 3 }""")]
    [InlineData("""{ "workingDaysAfterCreated": 2 }""")]
    [InlineData("\"2027-03-01\"")]
    public void RelativeDateEditor_BuildsTheSameValue_WhenItsReadingIsWrittenBack(string json)
    {
        var value = JsonNode.Parse(json);

        var (mode, amount, unit, date) = RelativeDateEditor.Read(value);

        Assert.Equal(value!.ToJsonString(), RelativeDateEditor.Build(mode, amount, unit, date)!.ToJsonString());
    }

    [Fact]
    public async Task RemindersAndEscalationEditors_StoreWhatWasChosen_WhenSavedAndReloaded()
    {
        SignInAsDesigner();
        var (page, task) = OpenFirstTask();

        page.Find("#prop-input-reminders-add").Click();
        page.Find("#prop-input-reminders-2").Change("1");
        page.Find("#prop-input-escalation-days").Change("3");
        page.Find("#prop-input-escalation-reassign").Change("Coordinator");
        var saved = await SaveAndReloadAsync(page, task);

        Assert.Equal("[7,2,1]", saved.Inputs!["reminders"]!.ToJsonString());
        Assert.Equal("""{"overdueDays":3,"notify":"Facilitator","reassignTo":"Coordinator"}""", saved.Inputs["escalation"]!.ToJsonString());
        Assert.Equal("3", page.Find("#prop-input-escalation-days").GetAttribute("value"));
    }

    [Fact]
    public async Task FormBuilder_AddsConfiguresReordersAndPreviewsFields_WhenUsedWithoutJson()
    {
        SignInAsDesigner();
        var (page, task) = OpenFirstTask();
        var before = task.Inputs!["form"]!.AsArray().Count;

        page.Find("#prop-input-form-new-type").Change("Rating");
        page.Find("#prop-input-form-add").Click();
        page.Find($"#prop-input-form-{before}-key").Change("score");
        page.Find($"#prop-input-form-{before}-label-sv").Change("Betyg");
        page.Find($"#prop-input-form-{before}-label-en").Change("Score");
        page.Find($"#prop-input-form-{before}-required").Change(true);
        page.FindAll($"#prop-input-form > li")[before].QuerySelectorAll("button").First(b => b.TextContent.StartsWith("Flytta upp", StringComparison.Ordinal)).Click();
        var saved = await SaveAndReloadAsync(page, task);

        var form = saved.Inputs!["form"]!.AsArray();
        Assert.Equal(before + 1, form.Count);
        Assert.Equal("""{"key":"score","type":"Rating","label":{"sv":"Betyg","en":"Score"},"required":true}""", form[before - 1]!.ToJsonString());
        Assert.Contains("Betyg", page.Find("#prop-input-form-preview").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvancedSwitch_KeepsAValueTheEditorCannotShow_WhenSwitchedBack()
    {
        SignInAsDesigner();
        var (page, task) = OpenFirstTask();

        page.Find("#prop-input-assignee-advanced").Change(true);
        page.Find("#prop-input-assignee").Change("""{ "person": "anna@example.se" }""");
        page.Find("#prop-input-assignee-advanced").Change(false);
        var saved = await SaveAndReloadAsync(page, task);

        Assert.Equal("""{"person":"anna@example.se"}""", saved.Inputs!["assignee"]!.ToJsonString());
        Assert.Equal("TEXTAREA", page.Find("#prop-input-assignee").TagName);
        Assert.Contains("Redigeraren kan inte visa det här värdet", page.Find("#prop-input-assignee-help").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpressionEditor_RefusesAScriptThatDoesNotParse_AndStoresOneThatDoes()
    {
        SignInAsDesigner();
        var flow = ShippedFlows.Load("example-approval.json");
        var decision = flow.Activities.First(a => a.Type == "Decision");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flow.Id));
        page.Find("#view-list").Click();
        page.Find($"#edit-{decision.Id}").Click();

        page.Find("#prop-input-condition").Change("inputs.amount >");
        var refused = page.Find("#prop-input-condition-check").TextContent;
        page.Find("#prop-input-condition").Change("inputs.amount > 5");
        page.Find("#save-draft").Click();

        Assert.StartsWith("Uttrycket går inte att läsa:", refused, StringComparison.Ordinal);
        var draft = (await Store.FindDraftAsync(flow.Id, Token))!;
        Assert.Equal("inputs.amount > 5", draft.FindActivity(decision.Id)!.Inputs!["condition"]!["js"]!.GetValue<string>());
        Assert.Contains(page.FindAll(".lf-scope code"), c => c.TextContent == "inputs.amount");
    }

    private (IRenderedComponent<FlowDesignerPage> Page, ActivityNode Task) OpenFirstTask()
    {
        var task = ShippedFlows.Load($"{FlowId}.json").Activities.First(a => a.Type == "UserTask");
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, FlowId));
        page.Find("#view-list").Click();
        page.Find($"#edit-{task.Id}").Click();
        return (page, task);
    }

    /// <summary>Saves the draft, checks the export of the saved draft reads back equal, and reopens the activity in a fresh page.</summary>
    private async Task<ActivityNode> SaveAndReloadAsync(IRenderedComponent<FlowDesignerPage> page, ActivityNode task)
    {
        page.Find("#save-draft").Click();
        var draft = (await Store.FindDraftAsync(FlowId, Token))!;
        var exported = WorkflowDefinitionSerializer.Serialize(draft);
        var reread = ShippedFlows.Loader.Load("export.json", exported).Definition!;
        Assert.Equal(exported, WorkflowDefinitionSerializer.Serialize(reread));
        return draft.FindActivity(task.Id)!;
    }
}
