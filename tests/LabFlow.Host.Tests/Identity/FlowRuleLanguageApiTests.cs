using System.Net;
using System.Text;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.Identity;

/// <summary>
/// The flows API lists an activity's broken inputs as coded catalogue texts with their JSON path, in the caller's
/// language: a misspelt assignee role and a misspelt relative date read in Swedish under <c>Accept-Language: sv</c>
/// and in English under <c>en</c>, on validate and on import; its own refusals (no such flow) follow too.
/// </summary>
public sealed class FlowRuleLanguageApiTests(LabFlowApiFactory factory) : IClassFixture<LabFlowApiFactory>
{
    private const string RolePath = "$.activities[1].inputs.assignee.role";
    private const string DatePath = "$.activities[1].inputs.due.daysAfterStrat";
    private const string Roles = "Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR";

    private const string BrokenFlow = """
        {
          "id": "broken-inputs",
          "version": 1,
          "name": { "sv": "Trasiga inställningar", "en": "Broken inputs" },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask",
              "inputs": { "title": "Rapportera", "assignee": { "role": "Coordinater" }, "due": { "daysAfterStrat": 3 } } }
          ],
          "connections": [ { "from": "start", "to": "report" } ]
        }
        """;

    public static TheoryData<string, string, string> Languages => new()
    {
        {
            "sv",
            $"okänd roll 'Coordinater' (menade du 'Coordinator'?); skriv en av rollerna {Roles}.",
            "ett relativt datum har ingen enhet 'daysAfterStrat'; menade du 'daysAfterStart'? Rätta stavningen."
        },
        {
            "en",
            $"unknown role 'Coordinater' (did you mean 'Coordinator'?); roles are {Roles}.",
            "a relative date has no 'daysAfterStrat' (did you mean 'daysAfterStart'?)"
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Validate_ListsCodedInputErrorsWithTheirJsonPath_InTheAskedLanguage(string language, string roleError, string dateError)
    {
        // Act
        using var response = await SendAsDesignerAsync(HttpMethod.Post, "/api/v1/flows/validate", language, BrokenFlow);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var validation = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(validation.GetProperty("isValid").GetBoolean());
        var errors = validation.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: e.GetProperty("path").GetString(), Message: e.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal([(RolePath, roleError), (DatePath, dateError)], errors);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Import_RefusesWithCodedInputErrorsByJsonPath_InTheAskedLanguage(string language, string roleError, string dateError)
    {
        // Act
        using var response = await SendAsDesignerAsync(HttpMethod.Post, "/api/v1/flows/import", language, BrokenFlow);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(
            language == "sv"
                ? "Flödet kan inte publiceras förrän alla fel är rättade; varje JSON-sökväg säger vad som ska göras."
                : "The flow cannot be published until every error is fixed; each JSON path lists what to do.",
            problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(roleError, Assert.Single(errors.GetProperty(RolePath).EnumerateArray()).GetString());
        Assert.Equal(dateError, Assert.Single(errors.GetProperty(DatePath).EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("sv", "Hittades inte", "Flödet 'no-such-flow' har ingen publicerad version. Kontrollera id:t, eller publicera flödets utkast.")]
    [InlineData("en", "Not found", "Flow 'no-such-flow' has no published version. Check the id, or publish its draft.")]
    public async Task GetLatest_RefusesWithTheCatalogueText_InTheAskedLanguage(string language, string title, string detail)
    {
        // Act
        using var response = await SendAsDesignerAsync(HttpMethod.Get, "/api/v1/flows/no-such-flow", language);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("flow.not_published", problem.GetProperty("code").GetString());
    }

    /// <summary>Sends a request as a newly signed-in designer with <c>Accept-Language: <paramref name="language"/></c>.</summary>
    private async Task<HttpResponseMessage> SendAsDesignerAsync(HttpMethod method, string uri, string language, string? json = null)
    {
        using var designer = await factory.CreateClientForRoleAsync(Role.Designer);
        using var request = new HttpRequestMessage(method, uri);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return await designer.SendAsync(request);
    }
}
