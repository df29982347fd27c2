using System.Globalization;
using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Components.Forms;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>
/// An activity's broken inputs (a misspelt assignee role, a misspelt relative date) read as catalogue sentences with
/// their JSON path on the flow pages: Swedish on the Swedish page, English on the English one, in the designer's
/// validation list and in the import's error list.
/// </summary>
public sealed class FlowRuleIssuesPageTests : FlowPageTestContext
{
    private const string Roles = "Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR";

    private const string BrokenFlow = """
        { "id": "broken-inputs", "version": 1, "name": "Trasiga inställningar",
          "activities": [ { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "inputs": { "title": "Rapportera", "assignee": { "role": "Coordinater" }, "due": { "daysAfterStrat": 3 } } } ],
          "connections": [ { "from": "start", "to": "report" } ] }
        """;

    [Fact]
    public void Import_ListsTheInputErrorsInSwedishWithTheirJsonPath_WhenThePageIsSwedish()
    {
        // Arrange
        SignInAsDesigner();
        var page = Render<FlowListPage>();

        // Act
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(BrokenFlow, "broken.json"));

        // Assert
        Assert.Equal(
            [
                ("$.activities[1].inputs.assignee.role", $"okänd roll 'Coordinater' (menade du 'Coordinator'?); skriv en av rollerna {Roles}."),
                ("$.activities[1].inputs.due.daysAfterStrat", "ett relativt datum har ingen enhet 'daysAfterStrat'; menade du 'daysAfterStart'? Rätta stavningen."),
            ],
            Issues(page, "#flows-issues"));
    }

    [Theory]
    [InlineData("sv-SE", "okänd roll 'Coordinater' (menade du 'Coordinator'?); skriv en av rollerna {0}.", "ett relativt datum har ingen enhet 'daysAfterStrat'; menade du 'daysAfterStart'? Rätta stavningen.")]
    [InlineData("en-GB", "unknown role 'Coordinater' (did you mean 'Coordinator'?); roles are {0}.", "a relative date has no 'daysAfterStrat' (did you mean 'daysAfterStart'?)")]
    public async Task Validate_ListsTheInputErrorsInThePagesLanguageWithTheirJsonPath_WhenTheDraftIsBroken(string culture, string roleError, string dateError)
    {
        // Arrange
        SignInAsDesigner();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        await Store.SaveDraftAsync(WorkflowDefinitionSerializer.Deserialize(BrokenFlow), Token);
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "broken-inputs"));

        // Act
        page.Find("#validate").Click();

        // Assert
        Assert.Equal(
            [
                ("$.activities[1].inputs.assignee.role", string.Format(CultureInfo.InvariantCulture, roleError, Roles)),
                ("$.activities[1].inputs.due.daysAfterStrat", dateError),
            ],
            Issues(page, "#flow-issues"));
    }

    private static List<(string Path, string Message)> Issues<TPage>(IRenderedComponent<TPage> page, string list)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        [.. page.FindAll($"{list} li").Select(li => (li.QuerySelector(".lf-issue-path")!.TextContent, li.QuerySelector(".lf-issue-message")!.TextContent))];
}
