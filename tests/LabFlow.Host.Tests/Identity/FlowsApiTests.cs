using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.Identity;

/// <summary>The flows API behind sign-in: designers draft, validate, publish, export and retract; facilitators read.</summary>
public sealed class FlowsApiTests(LabFlowApiFactory factory) : IClassFixture<LabFlowApiFactory>
{
    private const string Draft = """
        {
          "id": "team-retro",
          "version": 1,
          "name": { "sv": "Teamretro", "en": "Team retro" },
          "phases": [ { "id": "prepare", "name": "Prepare" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "WaitForSignal", "phase": "prepare", "inputs": { "signal": "go" } }
          ],
          "connections": [ { "from": "start", "to": "wait" } ]
        }
        """;

    [Fact]
    public async Task Designer_CreatesValidatesPublishesListsExportsAndRetracts_WhenSignedIn()
    {
        using var designer = await factory.CreateClientForRoleAsync(Role.Designer);

        using var invalid = await designer.PostAsync("/api/v1/flows/validate", Json(Draft.Replace("\"to\": \"wait\"", "\"to\": \"nowhere\"", StringComparison.Ordinal)));
        var validation = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.False(validation.GetProperty("isValid").GetBoolean());
        Assert.Contains(validation.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "$.connections[0].to");

        using var created = await designer.PostAsync("/api/v1/flows", Json(Draft));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Empty((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());

        using var published = await designer.PostAsync("/api/v1/flows/team-retro/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var version = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.StartsWith("user:test.designer.", version.GetProperty("source").GetString(), StringComparison.Ordinal);

        var list = await designer.GetFromJsonAsync<JsonElement>("/api/v1/flows");
        Assert.Contains(list.EnumerateArray(), f => f.GetProperty("id").GetString() == "team-retro" && f.GetProperty("latestVersion").GetInt32() == 1);

        using var export = await designer.GetAsync("/api/v1/flows/team-retro/versions/1/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("team-retro.v1.json", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("team-retro", JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());

        using var retracted = await designer.PostAsync("/api/v1/flows/team-retro/versions/1/retract", null);
        Assert.Equal(HttpStatusCode.NoContent, retracted.StatusCode);
        var versions = await designer.GetFromJsonAsync<JsonElement>("/api/v1/flows/team-retro/versions");
        Assert.True(Assert.Single(versions.EnumerateArray()).GetProperty("isRetracted").GetBoolean());
    }

    [Fact]
    public async Task Publish_Returns400WithEveryErrorByJsonPath_WhenTheDocumentIsInvalid()
    {
        using var designer = await factory.CreateClientForRoleAsync(Role.Designer);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/flows/import")
        {
            Content = Json(Draft.Replace("\"to\": \"wait\"", "\"to\": \"nowhere\"", StringComparison.Ordinal)),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        using var response = await designer.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The flow cannot be published until every error is fixed; each JSON path lists what to do.", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.connections[0].to", out _));
    }

    [Fact]
    public async Task Facilitator_ReadsFlowsButGets403_WhenPublishing()
    {
        using var facilitator = await factory.CreateClientForRoleAsync(Role.Facilitator);

        using var list = await facilitator.GetAsync("/api/v1/flows");
        using var shipped = await facilitator.GetAsync("/api/v1/flows/social-innovation-lab");
        using var import = await facilitator.PostAsync("/api/v1/flows/import", Json(Draft.Replace("team-retro", "facilitator-flow", StringComparison.Ordinal)));
        using var create = await facilitator.PostAsync("/api/v1/flows", Json(Draft.Replace("team-retro", "facilitator-flow", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("application/problem+json", import.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Coordinator_Gets403_WhenReadingFlows()
    {
        using var coordinator = await factory.CreateClientForRoleAsync(Role.Coordinator);

        using var response = await coordinator.GetAsync("/api/v1/flows");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_Gets401_WhenReadingOrPublishingFlows()
    {
        using var anonymous = factory.CreateAnonymousClient();

        using var list = await anonymous.GetAsync("/api/v1/flows");
        using var import = await anonymous.PostAsync("/api/v1/flows/import", Json(Draft));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
        Assert.Null(list.Headers.Location);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
