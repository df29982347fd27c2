using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>
/// The structured editors InputEditorsTests does not cover (buttons, agenda and the workshop's time and place, lists of
/// people, readers, report tags): a value set in the editor round-trips through save, JSON export and reload unchanged,
/// and the reloaded editor shows it.
/// </summary>
public sealed class EditorRoundTripTests : FlowPageTestContext
{
    [Fact]
    public async Task ActionsEditor_StoresButtonsAsTheTasksOutcomes_WhenSavedExportedAndReloaded()
    {
        SignInAsDesigner();
        var page = Open("learning-seminar", "plan");

        page.Find("#prop-input-actions-add").Click();
        // The connection to the seminar has the default outcome, Done: the first button keeps it.
        page.Find("#prop-input-actions-0-name").Change("Done");
        page.Find("#prop-input-actions-0-label-sv").Change("Klart");
        page.Find("#prop-input-actions-0-label-en").Change("Done");
        page.Find("#prop-input-actions-add").Click();
        page.Find("#prop-input-actions-1-name").Change("needsHelp");
        page.Find("#prop-input-actions-1-label-sv").Change("Behöver hjälp");
        var (saved, reloaded) = await SaveExportAndReloadAsync(page, "learning-seminar", "plan");

        AssertJson(
            """[{"name":"Done","label":{"sv":"Klart","en":"Done"}},{"name":"needsHelp","label":{"sv":"Behöver hjälp"}}]""",
            saved.Inputs!["actions"]);
        Assert.Equal("needsHelp", reloaded.Find("#prop-input-actions-1-name").GetAttribute("value"));
        Assert.Equal(["Done", "needsHelp"], reloaded.FindAll("#connect-plan-outcome option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task AgendaEditor_StoresAnItemAndTheWorkshopsTimeAndPlace_WhenSavedExportedAndReloaded()
    {
        SignInAsDesigner();
        var items = ShippedFlows.Load("learning-seminar.json").FindActivity("seminar")!.Inputs!["agenda"]!.AsArray().Count;
        var page = Open("learning-seminar", "seminar");

        page.Find("#prop-input-agenda-add").Click();
        page.Find($"#prop-input-agenda-{items}-title-sv").Change("Avslutning");
        page.Find($"#prop-input-agenda-{items}-title-en").Change("Closing");
        page.Find($"#prop-input-agenda-{items}-minutes").Change("20");
        page.Find($"#prop-input-agenda-{items}-method-sv").Change("Runda");
        page.Find($"#prop-input-agenda-{items}-notes-sv").Change("Alla säger en sak de tar med sig.");
        page.Find("#prop-input-startTime").Change("09:30");
        page.Find("#prop-input-location-sv").Change("Stadshuset, sal 3");
        page.Find("#prop-input-link").Change("https://meet.example.se/seminarium");
        var (saved, reloaded) = await SaveExportAndReloadAsync(page, "learning-seminar", "seminar");

        AssertJson(
            """{"title":{"sv":"Avslutning","en":"Closing"},"minutes":20,"method":"Runda","notes":"Alla säger en sak de tar med sig."}""",
            saved.Inputs!["agenda"]!.AsArray()[items]);
        Assert.Equal(("09:30", "Stadshuset, sal 3", "https://meet.example.se/seminarium"),
            (saved.Inputs["startTime"]!.GetValue<string>(), saved.Inputs["location"]!.GetValue<string>(), saved.Inputs["link"]!.GetValue<string>()));
        Assert.Equal("20", reloaded.Find($"#prop-input-agenda-{items}-minutes").GetAttribute("value"));
    }

    [Fact]
    public async Task AssigneeListEditor_StoresAnAddedRole_WhenSavedExportedAndReloaded()
    {
        SignInAsDesigner();
        var page = Open("active-measures", "nextCycle");

        page.Find("#prop-input-to-add").Click();
        page.Find("#prop-input-to-2").Change("role:Sponsor");
        var (saved, reloaded) = await SaveExportAndReloadAsync(page, "active-measures", "nextCycle");

        Assert.Equal("""[{"role":"HR"},{"role":"Facilitator"},{"role":"Sponsor"}]""", saved.Inputs!["to"]!.ToJsonString());
        Assert.Equal("role:Sponsor", reloaded.Find("#prop-input-to-2 option:checked").GetAttribute("value"));
    }

    [Fact]
    public async Task ReadersAndTagEditors_StoreTheCheckedRolesAndTags_WhenSavedExportedAndReloaded()
    {
        SignInAsDesigner();
        var page = Open("learning-seminar", "plan");

        page.Find("#prop-input-readers-Coordinator").Change(true);
        page.Find("#prop-input-readers-doers").Change(true);
        page.Find("#prop-input-tags-decision").Change(true);
        page.Find("#prop-input-tags-challenge").Change(true);
        var (saved, reloaded) = await SaveExportAndReloadAsync(page, "learning-seminar", "plan");

        Assert.Equal("""["Coordinator","doers"]""", saved.Inputs!["readers"]!.ToJsonString());
        Assert.Equal("""["decision","challenge"]""", saved.Inputs["tags"]!.ToJsonString());
        Assert.True(reloaded.Find("#prop-input-readers-doers").HasAttribute("checked"));
        Assert.True(reloaded.Find("#prop-input-tags-challenge").HasAttribute("checked"));
    }

    // Compared as JSON values: the serializer escapes å, ä and ö, the expected text does not.
    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected {expected}, found {actual?.ToJsonString(WorkflowDefinitionSerializer.Options)}");

    private IRenderedComponent<FlowDesignerPage> Open(string flowId, string activityId)
    {
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, flowId));
        page.Find("#view-list").Click();
        page.Find($"#edit-{activityId}").Click();
        return page;
    }

    /// <summary>
    /// Saves the draft; checks that its JSON export loads back (no errors) to the same JSON; opens it in a new page,
    /// opens the activity and saves again, which must change nothing. Answers the saved activity and the new page.
    /// </summary>
    private async Task<(ActivityNode Saved, IRenderedComponent<FlowDesignerPage> Reloaded)> SaveExportAndReloadAsync(
        IRenderedComponent<FlowDesignerPage> page, string flowId, string activityId)
    {
        page.Find("#save-draft").Click();
        var exported = WorkflowDefinitionSerializer.Serialize((await Store.FindDraftAsync(flowId, Token))!);
        var imported = ShippedFlows.Loader.Load("export.json", exported);
        Assert.True(imported.Errors.Count == 0, string.Join(Environment.NewLine, imported.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Equal(exported, WorkflowDefinitionSerializer.Serialize(imported.Definition!));

        var reloaded = Open(flowId, activityId);
        reloaded.Find("#save-draft").Click();
        Assert.Equal(exported, WorkflowDefinitionSerializer.Serialize((await Store.FindDraftAsync(flowId, Token))!));
        return (imported.Definition!.FindActivity(activityId)!, reloaded);
    }
}
