using Bunit;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>"Hoppa över steget" beside a failed step's retry on the lab page.</summary>
public sealed class LabOverviewIncidentSkipTests : LabPageTestContext
{
    /// <summary>A step that always fails, before a facilitator's task.</summary>
    private const string FaultyFlow = """
        {
          "id": "faulty-lab",
          "version": 1,
          "name": "Labb med fel",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "variables": [ { "name": "x", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "compute", "type": "SetVariable", "name": "Räkna ut underlaget", "inputs": { "name": "x", "value": { "js": "null.boom" } } },
            { "id": "plan", "type": "UserTask", "phase": "explore", "inputs": { "title": "Planera idéarbetet", "assignee": { "role": "Facilitator" } } }
          ],
          "connections": [ { "from": "start", "to": "compute" }, { "from": "compute", "to": "plan" } ]
        }
        """;

    [Fact]
    public async Task SkipFailedStep_AsksForReasonThenLetsTheLabGoOn_WhenTheFacilitatorSkipsIt()
    {
        var lab = await LaunchFaultyAsync();
        var incident = await IncidentAsync(lab.Id);
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        var button = page.Find($"#skip-incident-{incident.Id:N}");
        Assert.Equal("Hoppa över steget", button.TextContent);
        Assert.Equal("Hoppa över steget: Räkna ut underlaget", button.GetAttribute("aria-label"));

        button.Click();
        Assert.Equal("Hoppa över steget: Räkna ut underlaget", page.Find("#panel-heading").TextContent);
        Assert.Equal("Skäl till att steget hoppas över", page.Find("label[for=incident-skip-reason]").TextContent);
        Assert.Empty(page.FindAll("#incident-skip-outcome"));
        page.Find("#panel").Submit();
        Assert.Equal("Fel: Fältet måste fyllas i.", Normalise(page.Find("#incident-skip-reason-error").TextContent));
        Assert.Equal("true", page.Find("#incident-skip-reason").GetAttribute("aria-invalid"));

        page.Find("#incident-skip-reason").Change("Underlaget finns redan i nämndens beslut");
        page.Find("#panel").Submit();

        Assert.Equal("Räkna ut underlaget hoppades över.", page.Find("#lab-notice").TextContent);
        Assert.Empty(page.FindAll($"#skip-incident-{incident.Id:N}"));
        Assert.Contains("Planera idéarbetet", page.Find("#open-heading").Parent!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "18 juni 2026 10:00: Räkna ut underlaget hoppades över. Skäl: Underlaget finns redan i nämndens beslut av Fia Facilitator",
            Normalise(page.Find("#timeline li").TextContent));
        var instance = await Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(lab.Id, Token);
        Assert.Empty(instance!.State.Incidents);
    }

    [Fact]
    public async Task SkipFailedStep_ShowsNotFoundAndUpdatesThePage_WhenSomeoneElseSkippedItFirst()
    {
        var lab = await LaunchFaultyAsync();
        var incident = await IncidentAsync(lab.Id);
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find($"#skip-incident-{incident.Id:N}").Click();
        page.Find("#incident-skip-reason").Change("Andra gången");
        await Services.GetRequiredService<LabService>().SkipFailedStepAsync(lab.Id, new SkipFailedStepRequest(incident.Id, "Först"), Facilitator.Id, Token);

        page.Find("#panel").Submit();

        Assert.Equal("Det finns inte längre. Ladda om sidan.", page.Find("#lab-notice").TextContent);
        Assert.Empty(page.FindAll($"#skip-incident-{incident.Id:N}"));
    }

    [Fact]
    public async Task SkipFailedStep_IsNotOffered_WhenACoordinatorOfTheLabOpensIt()
    {
        var lab = await LaunchFaultyAsync();

        var page = RenderOverview(Coordinator, Role.Coordinator, lab.Id);

        Assert.Empty(page.FindAll("[id^=skip-incident-]"));
        Assert.Empty(page.FindAll("[id^=retry-]"));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<Lab> LaunchFaultyAsync()
    {
        var loaded = Services.GetRequiredService<WorkflowDefinitionLoader>().Load("faulty-lab.json", FaultyFlow);
        await Services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, Token);
        return await Services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "faulty-lab",
                "Labb med ett fel",
                School,
                "Hur går vi vidare när ett steg fallerar?",
                StartDate,
                [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Coordinator.Id, Role.Coordinator)]),
            Facilitator.Id,
            Token);
    }

    private async Task<Incident> IncidentAsync(Guid labId)
    {
        var instance = await Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(labId, Token);
        return Assert.Single(instance!.State.Incidents);
    }
}
