using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Tests.ApiResources;

namespace LabFlow.Host.Tests.Methods;

/// <summary>/api/v1/methods over the real Host: the shipped methods are there from start-up; designers edit, facilitators rate.</summary>
public sealed class MethodsApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task List_GivesTheShippedMethods_AndFiltersByWordPhaseAndGround()
    {
        var (_, participant) = await factory.CreateSignedInAsync("Pia Deltagare", ApiResourcesFactory.Own, Role.Participant);

        var all = await participant.GetFromJsonAsync<JsonElement>("/api/v1/methods");
        var prototype = await participant.GetFromJsonAsync<JsonElement>("/api/v1/methods?phase=prototype");
        var word = await participant.GetFromJsonAsync<JsonElement>("/api/v1/methods?q=prickr%C3%B6st");
        var ground = await participant.GetFromJsonAsync<JsonElement>("/api/v1/methods?ground=religion&phase=prototype");

        Assert.InRange(all.GetArrayLength(), 20, 30);
        var ids = Ids(prototype);
        Assert.Contains("pappersprototyp", ids);
        Assert.DoesNotContain("crazy-8s", ids);
        Assert.Equal(["prickrostning"], Ids(word));
        Assert.Equal(["antagandekarta", "incheckning", "rollspel", "testplan"], Ids(ground));
        var crazy = all.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "crazy-8s");
        Assert.Equal((15, 30), (crazy.GetProperty("minutes").GetProperty("min").GetInt32(), crazy.GetProperty("minutes").GetProperty("max").GetInt32()));
    }

    [Fact]
    public async Task Get_GivesTheDocumentAndWhatTheCallerMayDo_OrNotFound()
    {
        var (_, participant) = await factory.CreateSignedInAsync("Per Deltagare", ApiResourcesFactory.Own, Role.Participant);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/methods/finns-inte");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var method = await participant.GetFromJsonAsync<JsonElement>("/api/v1/methods/empatikarta");
        using var missing = await participant.SendAsync(request);

        Assert.Equal("Empatikarta", method.GetProperty("method").GetProperty("name").GetProperty("sv").GetString());
        Assert.StartsWith("1. ", method.GetProperty("method").GetProperty("instructions").GetProperty("sv").GetString(), StringComparison.Ordinal);
        Assert.Equal((false, false), (method.GetProperty("canEdit").GetBoolean(), method.GetProperty("canRate").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(
            "Method 'finns-inte' is not in the method library. Check the id in the list at /methods.",
            (await ApiResourcesFactory.ReadJsonAsync(missing)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Put_IsRefusedToParticipantsAndFacilitators_AndSavesANewVersionForADesigner()
    {
        var (_, participant) = await factory.CreateSignedInAsync("Pål Deltagare", ApiResourcesFactory.Own, Role.Participant);
        var (_, facilitator) = await factory.CreateSignedInAsync("Frida Processledare", ApiResourcesFactory.Own, Role.Facilitator);
        var designer = await factory.SignInAsync((await factory.CreatePersonAsync("Dora Designer", organisationRoles: [LabFlowRoles.Designer])).Email);
        var document = (await designer.GetFromJsonAsync<JsonElement>("/api/v1/methods/rollspel")).GetProperty("method").Deserialize<JsonObject>()!;
        document["minutes"] = new JsonObject { ["min"] = 40, ["max"] = 70 };

        using var byParticipant = await participant.PutAsync("/api/v1/methods/rollspel", ApiResourcesFactory.Json(new { version = 1, method = document }));
        using var byFacilitator = await facilitator.PutAsync("/api/v1/methods/rollspel", ApiResourcesFactory.Json(new { version = 1, method = document }));
        using var saved = await designer.PutAsync("/api/v1/methods/rollspel", ApiResourcesFactory.Json(new { version = 1, method = document }));
        using var stale = await designer.PutAsync("/api/v1/methods/rollspel", ApiResourcesFactory.Json(new { version = 1, method = document }));
        document["minutes"] = new JsonObject { ["min"] = 70, ["max"] = 40 };
        using var invalid = await designer.PutAsync("/api/v1/methods/rollspel", ApiResourcesFactory.Json(new { version = 2, method = document }));

        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await ApiResourcesFactory.ReadJsonAsync(saved);
        Assert.Equal((2, 40, true), (body.GetProperty("version").GetInt32(), body.GetProperty("method").GetProperty("minutes").GetProperty("min").GetInt32(), body.GetProperty("canEdit").GetBoolean()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(
            "Värdena för tiden i minuter ska ligga mellan 1 och 480, och min får inte vara större än max (fick 70–40).",
            (await ApiResourcesFactory.ReadJsonAsync(invalid)).GetProperty("errors").GetProperty("method.minutes")[0].GetString());
    }

    [Fact]
    public async Task Rating_IsRefusedToAParticipant_AndAveragedForFacilitators()
    {
        var (_, participant) = await factory.CreateSignedInAsync("Pelle Deltagare", ApiResourcesFactory.Own, Role.Participant);
        var (_, first) = await factory.CreateSignedInAsync("Fanny Processledare", ApiResourcesFactory.Own, Role.Facilitator);
        var (_, second) = await factory.CreateSignedInAsync("Filip Processledare", ApiResourcesFactory.Other, Role.Facilitator);

        using var refused = await participant.PostAsync("/api/v1/methods/testplan/rating", ApiResourcesFactory.Json(new { rating = 5 }));
        using var rated = await first.PostAsync("/api/v1/methods/testplan/rating", ApiResourcesFactory.Json(new { rating = 5 }));
        using var again = await second.PostAsync("/api/v1/methods/testplan/rating", ApiResourcesFactory.Json(new { rating = 2 }));
        var method = await first.GetFromJsonAsync<JsonElement>("/api/v1/methods/testplan");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((2, 3.5), (method.GetProperty("ratings").GetProperty("count").GetInt32(), method.GetProperty("ratings").GetProperty("average").GetDouble()));
        Assert.Equal((5, true), (method.GetProperty("myRating").GetInt32(), method.GetProperty("canRate").GetBoolean()));
    }

    private static List<string> Ids(JsonElement list) => [.. list.EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
}
