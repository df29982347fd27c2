using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Tests.Identity;
using LabFlow.Host.Tests.Ui;

namespace LabFlow.Host.Tests.Dashboard;

/// <summary>
/// The project dashboard over the real Host on SQLite: who sees which administrations' figures (the API and the page),
/// and the indicators read back from completed tasks in the database.
/// </summary>
public sealed class ProjectDashboardApiTests(ProjectDashboardApiTests.DashboardApiFactory factory) : IClassFixture<ProjectDashboardApiTests.DashboardApiFactory>
{
    private const string FlowId = "dashboard-api";
    private const string Preschool = "forskoleforvaltningen";

    private const string Flow = """
        {
          "id": "dashboard-api",
          "version": 1,
          "name": "Dashboard API",
          "phases": [ { "id": "prepare", "name": { "sv": "Förbereda", "en": "Prepare" } } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "measure", "type": "UserTask", "phase": "prepare",
              "inputs": { "title": "Nulägesunderlag", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 30 },
                          "form": [ { "key": "figures", "preset": "indicatorsBySex", "required": true } ] } },
            { "id": "wrap", "type": "UserTask", "phase": "prepare",
              "inputs": { "title": "Avsluta", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 40 } } }
          ],
          "connections": [ { "from": "start", "to": "measure" }, { "from": "measure", "to": "wrap" } ]
        }
        """;

    [Fact]
    public async Task GetDashboard_ShowsEveryAdministrationAndTheStoredIndicators_WhenAnAdministratorAsks()
    {
        // Arrange: a lab in each of two administrations; the school lab's coordinator measures the baseline.
        var (schoolLab, preschoolLab) = await LaunchLabsAsync();
        var admin = await factory.CreatePersonAsync("Ada Admin", organisationRoles: [LabFlowRoles.Admin]);
        using var client = await factory.SignInAsync(admin.Email);

        // Act
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/v1/project/dashboard");

        // Assert
        var administrations = dashboard.GetProperty("administrations").EnumerateArray().ToList();
        Assert.Equal(4, administrations.Count);
        Assert.Equal(2, dashboard.GetProperty("labGoalPerAdministration").GetInt32());
        Assert.Contains(schoolLab, LabIds(administrations));
        Assert.Contains(preschoolLab, LabIds(administrations));
        var indicators = Assert.Single(dashboard.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("labId").GetGuid() == schoolLab);
        var row = Assert.Single(indicators.GetProperty("indicators").EnumerateArray());
        Assert.Equal("Heltid", row.GetProperty("indicator").GetString());
        var baseline = Assert.Single(row.GetProperty("values").EnumerateArray());
        Assert.Equal((40m, 70m), (baseline.GetProperty("women").GetDecimal(), baseline.GetProperty("men").GetDecimal()));
    }

    [Fact]
    public async Task GetDashboard_ShowsEveryAdministrationButCountsUnreadableAnswers_WhenAProjectLeadAsks()
    {
        // Arrange: the project lead sees every administration's labs, but the read rule gives them no open answers
        // in an administration's lab they are not named on.
        var (schoolLab, preschoolLab) = await LaunchLabsAsync();
        var lead = await CreateMemberAsync("Petra Projektledare", ProjectScope.AdministrationId, Role.ProjectLead);
        using var client = await factory.SignInAsync(lead.Email);

        // Act
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/v1/project/dashboard");

        // Assert
        var administrations = dashboard.GetProperty("administrations").EnumerateArray().ToList();
        Assert.Contains(schoolLab, LabIds(administrations));
        Assert.Contains(preschoolLab, LabIds(administrations));
        var indicators = Assert.Single(dashboard.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("labId").GetGuid() == schoolLab);
        Assert.Equal((1, 0), (indicators.GetProperty("unreadable").GetInt32(), indicators.GetProperty("indicators").GetArrayLength()));
    }

    [Fact]
    public async Task GetDashboard_ShowsOnlyTheirAdministration_WhenACoordinatorAsks()
    {
        // Arrange
        await LaunchLabsAsync();
        var coordinator = await factory.CreatePersonAsync("Cora Samordnare", [Role.Coordinator]);
        using var client = await factory.SignInAsync(coordinator.Email);

        // Act
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/v1/project/dashboard");

        // Assert
        Assert.Equal([LabFlowApiFactory.AdministrationId], dashboard.GetProperty("administrations").EnumerateArray().Select(a => a.GetProperty("administrationId").GetString()));
    }

    [Fact]
    public async Task GetDashboard_Answers403WithCode_WhenAParticipantAsks()
    {
        // Arrange
        var participant = await factory.CreatePersonAsync("Per Deltagare", [Role.Participant]);
        using var client = await factory.SignInAsync(participant.Email);
        using var anonymous = factory.CreateAnonymousClient();

        // Act
        using var refused = await client.GetAsync("/api/v1/project/dashboard");
        using var unknown = await anonymous.GetAsync("/api/v1/project/dashboard");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("forbidden", problem.GetProperty("code").GetString());
        Assert.StartsWith("Du kan inte se projektets översikt.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task ProjectPage_ShowsTheFiguresToAnAdministratorAndAccessDeniedToAParticipant()
    {
        // Arrange
        await LaunchLabsAsync();
        var lead = await factory.CreatePersonAsync("Pia Admin", organisationRoles: [LabFlowRoles.Admin]);
        using var leadClient = await factory.SignInAsync(lead.Email);
        var participant = await factory.CreatePersonAsync("Pelle Deltagare", [Role.Participant]);
        using var participantClient = await factory.SignInAsync(participant.Email);

        // Act
        using var shown = await leadClient.GetAsync("/project");
        var html = await UiPages.ReadHtmlAsync(shown);
        using var denied = await participantClient.GetAsync("/project");
        var deniedHtml = await UiPages.ReadHtmlAsync(denied);

        // Assert
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("<title>Projektets översikt – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"labs-caption\">Labb per förvaltning mot målet, med fas och försenade uppgifter</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Grundskoleförvaltningen</th>", html, StringComparison.Ordinal);
        Assert.Contains("Indikatorer för Heltid i skolan", html, StringComparison.Ordinal);
        Assert.Contains("<h1 tabindex=\"-1\">Ingen behörighet</h1>", deniedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Heltid i skolan", deniedHtml, StringComparison.Ordinal);
    }

    /// <summary>Publishes the test flow (once), launches a lab in the school and the preschool administration, and completes the school lab's baseline.</summary>
    private async Task<(Guid School, Guid Preschool)> LaunchLabsAsync()
    {
        await DashboardTestLabs.PublishOnceAsync(factory, FlowId, Flow);
        var admin = await factory.CreatePersonAsync("Alva Admin", organisationRoles: [LabFlowRoles.Admin]);
        using var adminClient = await factory.SignInAsync(admin.Email);
        var coordinator = await factory.CreatePersonAsync("Kim Samordnare", [Role.Coordinator]);
        var preschoolCoordinator = await CreateMemberAsync("Ola Samordnare", Preschool, Role.Coordinator);
        var school = await DashboardTestLabs.LaunchAsync(adminClient, FlowId, "Heltid i skolan", LabFlowApiFactory.AdministrationId, coordinator.Id);
        var preschool = await DashboardTestLabs.LaunchAsync(adminClient, FlowId, "Heltid i förskolan", Preschool, preschoolCoordinator.Id);
        await DashboardTestLabs.MeasureBaselineAsync(factory, coordinator, school);
        return (school, preschool);
    }

    private static List<Guid> LabIds(IEnumerable<JsonElement> administrations) =>
        [.. administrations.SelectMany(a => a.GetProperty("labs").EnumerateArray()).Select(l => l.GetProperty("id").GetGuid())];

    private Task<Person> CreateMemberAsync(string name, string administrationId, Role role) =>
        DashboardTestLabs.CreateMemberAsync(factory, name, administrationId, role);

    /// <summary>The API host with the test flow counted as a lab flow (by default only the shipped lab flow counts against the goal).</summary>
    public sealed class DashboardApiFactory() : LabFlowApiFactory(new Dictionary<string, string?> { ["LabFlow:ProjectDashboard:LabFlows:0"] = FlowId });
}
