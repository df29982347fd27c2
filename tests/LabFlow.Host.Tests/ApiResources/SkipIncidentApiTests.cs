using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>POST /api/v1/labs/{id}/incidents/{incidentId}/skip: a lab whose faulted branch blocks a Join goes on.</summary>
public sealed class SkipIncidentApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    /// <summary>Two branches meet in a Join All; one of them faults, so the Join waits for it.</summary>
    private const string BlockedJoinFlow = """
        {
          "id": "api-blocked-join",
          "version": 1,
          "name": "API blocked join",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "variables": [ { "name": "x", "type": "Number", "default": 0 }, { "name": "joined", "type": "Boolean", "default": false } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "broken", "type": "SetVariable", "phase": "explore", "inputs": { "name": "x", "value": { "js": "null.boom" } } },
            { "id": "fine", "type": "SetVariable", "phase": "explore", "inputs": { "name": "x", "value": 1 } },
            { "id": "both", "type": "Join" },
            { "id": "joined", "type": "SetVariable", "inputs": { "name": "joined", "value": true } }
          ],
          "connections": [
            { "from": "start", "to": "broken" }, { "from": "start", "to": "fine" },
            { "from": "broken", "to": "both" }, { "from": "fine", "to": "both" }, { "from": "both", "to": "joined" }
          ]
        }
        """;

    [Fact]
    public async Task Skip_FinishesLabAndJournalsReason_WhenFaultedBranchBlocksJoin()
    {
        var (labId, facilitator) = await LaunchAsync("Kim Skip");
        var incidentId = await IncidentAsync(facilitator, labId);

        using var skipped = await facilitator.PostAsync(
            $"/api/v1/labs/{labId}/incidents/{incidentId}/skip",
            ApiResourcesFactory.Json(new { reason = "Underlaget finns redan; steget behövs inte." }));

        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        Assert.Equal("Finished", (await ApiResourcesFactory.ReadJsonAsync(skipped)).GetProperty("status").GetString());
        var lab = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/labs/{labId}");
        Assert.Equal("Finished", lab.GetProperty("status").GetString());
        Assert.Empty(lab.GetProperty("incidents").EnumerateArray());
        var skip = Assert.Single(lab.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("event").GetString() == "ActivitySkipped");
        Assert.Equal("broken", skip.GetProperty("activityId").GetString());
        Assert.Equal("Underlaget finns redan; steget behövs inte.", skip.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Skip_Answers404_WhenIncidentWasSkippedAlready()
    {
        var (labId, facilitator) = await LaunchAsync("Kim Twice", withWaitingBranch: true);
        var incidentId = await IncidentAsync(facilitator, labId);
        using var first = await facilitator.PostAsync($"/api/v1/labs/{labId}/incidents/{incidentId}/skip", ApiResourcesFactory.Json(new { reason = "Först." }));

        using var second = await facilitator.PostAsync($"/api/v1/labs/{labId}/incidents/{incidentId}/skip", ApiResourcesFactory.Json(new { reason = "Igen." }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(second);
        Assert.Equal("incident_not_found", problem.GetProperty("code").GetString());
        Assert.Equal(
            "Felet finns inte längre; någon kan redan ha försökt igen eller hoppat över steget. Ladda om labbet.",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Skip_Answers400AndKeepsIncident_WhenReasonIsMissingOrOutcomeUnknown()
    {
        var (labId, facilitator) = await LaunchAsync("Kim Reason");
        var incidentId = await IncidentAsync(facilitator, labId);

        using var noReason = await facilitator.PostAsync($"/api/v1/labs/{labId}/incidents/{incidentId}/skip", ApiResourcesFactory.Json(new { reason = " " }));
        using var tooLong = await facilitator.PostAsync($"/api/v1/labs/{labId}/incidents/{incidentId}/skip", ApiResourcesFactory.Json(new { reason = new string('x', 1001) }));
        using var badOutcome = await facilitator.PostAsync($"/api/v1/labs/{labId}/incidents/{incidentId}/skip", ApiResourcesFactory.Json(new { reason = "Prov", outcome = "Maybe" }));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(
            "Fältet måste fyllas i.",
            (await ApiResourcesFactory.ReadJsonAsync(noReason)).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(
            "Texten får vara högst 1000 tecken lång (den är 1001).",
            (await ApiResourcesFactory.ReadJsonAsync(tooLong)).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(badOutcome);
        Assert.Equal("invalid_outcome", problem.GetProperty("code").GetString());
        Assert.Equal("Steget har inte det utfallet. Välj ett av stegets utfall, eller avsluta grenen.", problem.GetProperty("detail").GetString());
        Assert.Equal(incidentId, await IncidentAsync(facilitator, labId));
    }

    private async Task<(Guid LabId, HttpClient Facilitator)> LaunchAsync(string name, bool withWaitingBranch = false)
    {
        var flow = withWaitingBranch
            ? BlockedJoinFlow
                .Replace("\"api-blocked-join\"", "\"api-blocked-join-waiting\"", StringComparison.Ordinal)
                .Replace("""{ "id": "start", "type": "Start" },""", """{ "id": "start", "type": "Start" }, { "id": "wait", "type": "WaitForSignal", "inputs": { "signal": "go" } },""", StringComparison.Ordinal)
                .Replace("""{ "from": "start", "to": "broken" },""", """{ "from": "start", "to": "broken" }, { "from": "start", "to": "wait" },""", StringComparison.Ordinal)
            : BlockedJoinFlow;
        await factory.PublishAsync(flow);
        var (person, facilitator) = await factory.CreateSignedInAsync(name, ApiResourcesFactory.Own, Role.Facilitator);
        using var launched = await facilitator.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = withWaitingBranch ? "api-blocked-join-waiting" : "api-blocked-join",
            title = "Labb med fel",
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi gå vidare när ett steg fallerar?",
            startDate = "2030-03-04",
            people = new[] { new { personId = person.Id, role = "Facilitator" } },
        }));
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        return ((await ApiResourcesFactory.ReadJsonAsync(launched)).GetProperty("id").GetGuid(), facilitator);
    }

    private static async Task<Guid> IncidentAsync(HttpClient client, Guid labId)
    {
        var lab = await client.GetFromJsonAsync<JsonElement>($"/api/v1/labs/{labId}");
        return Assert.Single(lab.GetProperty("incidents").EnumerateArray()).GetProperty("id").GetGuid();
    }
}
