using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.Identity;
using LabFlow.Host.Tests.Ui;

namespace LabFlow.Host.Tests.Dashboard;

/// <summary>
/// The project team reads a lab's indicators by sex when the flow names their roles as the indicator step's readers
/// (as the shipped flows do): the one read rule, on the dashboard's API and on <c>/project</c>.
/// </summary>
public sealed class ProjectIndicatorReadersTests(ProjectIndicatorReadersTests.ReadersApiFactory factory) : IClassFixture<ProjectIndicatorReadersTests.ReadersApiFactory>
{
    private const string FlowId = "dashboard-readers";
    private const string Preschool = "forskoleforvaltningen";

    private const string Flow = """
        {
          "id": "dashboard-readers",
          "version": 1,
          "name": "Dashboard readers",
          "phases": [ { "id": "prepare", "name": { "sv": "Förbereda", "en": "Prepare" } } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "measure", "type": "UserTask", "phase": "prepare",
              "inputs": { "title": "Nulägesunderlag", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 30 },
                          "readers": ["HR", "Sponsor", "Facilitator", "ProjectLead", "TrainingCoordinator", "ProjectCommunicator", "EconomistAdministrator", "ProjectHR", "doers"],
                          "form": [ { "key": "figures", "preset": "indicatorsBySex", "required": true } ] } }
          ],
          "connections": [ { "from": "start", "to": "measure" } ]
        }
        """;

    [Fact]
    public async Task GetDashboard_ShowsTheLabsIndicators_WhenAProjectLeadNamedAsReaderAsks()
    {
        // Arrange
        var lab = await LaunchMeasuredLabAsync("Heltid i grundskolan");
        var lead = await CreateMemberAsync("Petra Projektledare", ProjectScope.AdministrationId, Role.ProjectLead);
        using var client = await factory.SignInAsync(lead.Email);

        // Act
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/v1/project/dashboard");
        using var page = await client.GetAsync("/project");
        var html = await UiPages.ReadHtmlAsync(page);

        // Assert
        var indicators = Assert.Single(dashboard.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("labId").GetGuid() == lab);
        Assert.Equal(0, indicators.GetProperty("unreadable").GetInt32());
        var row = Assert.Single(indicators.GetProperty("indicators").EnumerateArray());
        var baseline = Assert.Single(row.GetProperty("values").EnumerateArray());
        Assert.Equal(("Heltid", 40m, 70m), (row.GetProperty("indicator").GetString(), baseline.GetProperty("women").GetDecimal(), baseline.GetProperty("men").GetDecimal()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Indikatorer för Heltid i grundskolan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDashboard_LeavesOutTheLabsIndicators_WhenACoordinatorOfAnotherAdministrationAsks()
    {
        // Arrange
        var lab = await LaunchMeasuredLabAsync("Heltid i skolköket");
        var outsider = await CreateMemberAsync("Ola Samordnare", Preschool, Role.Coordinator);
        using var client = await factory.SignInAsync(outsider.Email);

        // Act
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/v1/project/dashboard");
        using var page = await client.GetAsync("/project");
        var html = await UiPages.ReadHtmlAsync(page);

        // Assert
        Assert.DoesNotContain(dashboard.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("labId").GetGuid() == lab);
        Assert.Equal([Preschool], dashboard.GetProperty("administrations").EnumerateArray().Select(a => a.GetProperty("administrationId").GetString()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("Heltid i skolköket", html, StringComparison.Ordinal);
    }

    /// <summary>Launches a lab of the school administration on the test flow and lets its coordinator measure the baseline (Heltid: 40 % women, 70 % men).</summary>
    private async Task<Guid> LaunchMeasuredLabAsync(string title)
    {
        await DashboardTestLabs.PublishOnceAsync(factory, FlowId, Flow);
        var admin = await factory.CreatePersonAsync("Alva Admin", organisationRoles: [Authorization.LabFlowRoles.Admin]);
        using var adminClient = await factory.SignInAsync(admin.Email);
        var coordinator = await factory.CreatePersonAsync("Kim Samordnare", [Role.Coordinator]);
        var lab = await DashboardTestLabs.LaunchAsync(adminClient, FlowId, title, LabFlowApiFactory.AdministrationId, coordinator.Id);
        await DashboardTestLabs.MeasureBaselineAsync(factory, coordinator, lab);
        return lab;
    }

    private Task<Person> CreateMemberAsync(string name, string administrationId, Role role) =>
        DashboardTestLabs.CreateMemberAsync(factory, name, administrationId, role);

    /// <summary>The API host with the test flow counted as a lab flow.</summary>
    public sealed class ReadersApiFactory() : LabFlowApiFactory(new Dictionary<string, string?> { ["LabFlow:ProjectDashboard:LabFlows:0"] = FlowId });
}
