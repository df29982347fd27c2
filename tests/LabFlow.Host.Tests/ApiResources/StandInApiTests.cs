using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>/api/v1/people/{me|id}/stand-in: the same StandInService as Settings, with its refusals in the caller's language.</summary>
public sealed class StandInApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task StandIn_IsSetReadAndRemovedByThePerson_WhenTheyNameAColleague()
    {
        var (_, client) = await factory.CreateSignedInAsync("Saga Semester", ApiResourcesFactory.Own, Role.Coordinator);
        var colleague = await factory.CreateMemberAsync("Sixten Ersättare", ApiResourcesFactory.Own, Role.Coordinator);

        using var saved = await client.PutAsync("/api/v1/people/me/stand-in", ApiResourcesFactory.Json(new { standInId = colleague.Id, from = "2030-07-01", to = "2030-07-26" }));
        var read = await client.GetFromJsonAsync<JsonElement>("/api/v1/people/me/stand-in");
        using var removed = await client.DeleteAsync("/api/v1/people/me/stand-in");
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/people/me/stand-in");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var standIn = read.GetProperty("standIn");
        Assert.Equal(
            (colleague.Id, "Sixten Ersättare", "2030-07-01", "2030-07-26"),
            (standIn.GetProperty("standInId").GetGuid(), standIn.GetProperty("standInName").GetString(), standIn.GetProperty("from").GetString(), standIn.GetProperty("to").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("standIn").ValueKind);
    }

    [Fact]
    public async Task StandIn_IsRefusedWithTheFieldInEnglish_WhenThePeriodEndsBeforeItStarts()
    {
        var (_, client) = await factory.CreateSignedInAsync("Sune Baklänges", ApiResourcesFactory.Own, Role.Coordinator);
        var colleague = await factory.CreateMemberAsync("Siv Kollega", ApiResourcesFactory.Own, Role.Coordinator);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/people/me/stand-in")
        {
            Content = ApiResourcesFactory.Json(new { standInId = colleague.Id, from = "2030-07-26", to = "2030-07-01" }),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Equal(
            "The period ends (2030-07-01) before it starts (2030-07-26); choose an end date on or after the start.",
            problem.GetProperty("errors").GetProperty("to")[0].GetString());
    }

    [Fact]
    public async Task StandIn_IsForbidden_WhenAColleagueNamesSomeoneElsesStandIn()
    {
        var (_, client) = await factory.CreateSignedInAsync("Stig Nyfiken", ApiResourcesFactory.Own, Role.Coordinator);
        var other = await factory.CreateMemberAsync("Sara Annan", ApiResourcesFactory.Own, Role.Coordinator);

        using var put = await client.PutAsync($"/api/v1/people/{other.Id}/stand-in", ApiResourcesFactory.Json(new { standInId = other.Id, from = "2030-07-01", to = "2030-07-26" }));
        using var get = await client.GetAsync($"/api/v1/people/{other.Id}/stand-in");

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(
            $"Bara personen själv eller en administratör får välja ersättare för person {other.Id}.",
            (await ApiResourcesFactory.ReadJsonAsync(put)).GetProperty("detail").GetString());
    }
}
