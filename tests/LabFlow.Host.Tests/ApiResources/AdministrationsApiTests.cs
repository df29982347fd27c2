using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>/api/v1/administrations: administrators add, rename and retire administrations; a retired one gets no new labs.</summary>
public sealed class AdministrationsApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task Administrations_AreAddedRenamedAndRetired_AndARetiredOneGetsNoNewLab()
    {
        await factory.PublishAsync(ApiFlows.Story);
        var (_, admin) = await factory.CreateSignedInAsync("Ines Admin", ApiResourcesFactory.Own, Role.Admin);
        var (_, facilitator) = await factory.CreateSignedInAsync("Ivar Facilitator", ApiResourcesFactory.Own, Role.Facilitator);

        using var refused = await facilitator.PostAsync("/api/v1/administrations", ApiResourcesFactory.Json(new { name = "Kulturförvaltningen" }));
        using var added = await admin.PostAsync("/api/v1/administrations", ApiResourcesFactory.Json(new { name = "Kulturförvaltningen" }));
        using var renamed = await admin.PutAsync("/api/v1/administrations/kulturforvaltningen", ApiResourcesFactory.Json(new { name = "Kultur- och fritidsförvaltningen" }));
        using var retired = await admin.PostAsync("/api/v1/administrations/kulturforvaltningen/retire", null);
        using var launch = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-story",
            title = "Kulturlabb",
            administrationId = "kulturforvaltningen",
            challenge = "Hur kan vi?",
            startDate = "2030-03-04",
            people = Array.Empty<object>(),
        }));
        var listed = await facilitator.GetFromJsonAsync<JsonElement>("/api/v1/administrations");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("kulturforvaltningen", (await ApiResourcesFactory.ReadJsonAsync(added)).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, launch.StatusCode);
        Assert.Equal(
            "Förvaltningen 'kulturforvaltningen' är avvecklad och får inga nya labb; välj en förvaltning som används, eller be en administratör att återinföra den.",
            (await ApiResourcesFactory.ReadJsonAsync(launch)).GetProperty("errors").GetProperty("administrationId")[0].GetString());
        var culture = Assert.Single(listed.EnumerateArray(), a => a.GetProperty("id").GetString() == "kulturforvaltningen");
        Assert.Equal("Kultur- och fritidsförvaltningen", culture.GetProperty("name").GetString());
        Assert.True(culture.GetProperty("isRetired").GetBoolean());
        Assert.Contains(listed.EnumerateArray(), a => a.GetProperty("name").GetString() == "Arbetsmarknads- och vuxenutbildningsförvaltningen");
    }
}
