using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>POST /api/v1/labs/{id}/signals/{name}: a lab waiting on WaitForSignal goes on.</summary>
public sealed class SignalsApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task Signal_ResumesTheWaitingLab_AndAnswers404ForASignalNobodyWaitsFor()
    {
        await factory.PublishAsync(ApiFlows.Signal);
        var (person, facilitator) = await factory.CreateSignedInAsync("Sam Signal", ApiResourcesFactory.Own, Role.Facilitator);
        using var launched = await facilitator.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-signal",
            title = "Signallabb",
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi vänta bättre?",
            startDate = "2030-03-04",
            people = new[] { new { personId = person.Id, role = "Facilitator" } },
        }));
        var labId = (await ApiResourcesFactory.ReadJsonAsync(launched)).GetProperty("id").GetGuid();

        using var unknown = await facilitator.PostAsync($"/api/v1/labs/{labId}/signals/stop", ApiResourcesFactory.Json("{}"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(
            $"Inget steg i labb {labId} väntar på signalen 'stop'. Jämför namnet med labbets WaitForSignal-steg.",
            (await ApiResourcesFactory.ReadJsonAsync(unknown)).GetProperty("detail").GetString());

        using var sent = await facilitator.PostAsync($"/api/v1/labs/{labId}/signals/go", ApiResourcesFactory.Json("""{ "data": { "by": "script" } }"""));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("Resumed", (await ApiResourcesFactory.ReadJsonAsync(sent))[0].GetProperty("outcome").GetString());

        var lab = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/labs/{labId}");
        Assert.Equal(["ideate"], lab.GetProperty("activePhases").EnumerateArray().Select(p => p.GetString()));

        // The signal was consumed: sending it again finds nobody waiting.
        using var again = await facilitator.PostAsync($"/api/v1/labs/{labId}/signals/go", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        using var noLab = await facilitator.PostAsync($"/api/v1/labs/{Guid.NewGuid()}/signals/go", null);
        Assert.Equal(HttpStatusCode.NotFound, noLab.StatusCode);
    }
}
