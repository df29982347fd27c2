using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>/api/v1/holidays: administrators keep the holiday calendar in the database; open tasks follow it.</summary>
public sealed class HolidayCalendarApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task Holidays_AreAddedAndRemovedByAnAdministrator_AndRefusedToOthers()
    {
        var (_, admin) = await factory.CreateSignedInAsync("Hedda Admin", ApiResourcesFactory.Own, Role.Admin);
        var (_, facilitator) = await factory.CreateSignedInAsync("Hugo Facilitator", ApiResourcesFactory.Own, Role.Facilitator);

        using var refused = await facilitator.PostAsync("/api/v1/holidays", ApiResourcesFactory.Json(new { name = "Sommar", start = "2030-07-08", end = "2030-08-04" }));
        using var invalid = await admin.PostAsync("/api/v1/holidays", ApiResourcesFactory.Json(new { name = "Sommar", start = "2030-08-04", end = "2030-07-08" }));
        using var created = await admin.PostAsync("/api/v1/holidays", ApiResourcesFactory.Json(new { name = "Sommaruppehåll", start = "2030-07-08", end = "2030-08-04" }));
        var listed = await facilitator.GetFromJsonAsync<JsonElement>("/api/v1/holidays");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(
            "Perioden slutar (2030-07-08) innan den börjar (2030-08-04); ange ett slutdatum samma dag som starten eller senare.",
            (await ApiResourcesFactory.ReadJsonAsync(invalid)).GetProperty("errors").GetProperty("end")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var period = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("Sommaruppehåll", "2030-07-08", "2030-08-04"), (period.GetProperty("name").GetString(), period.GetProperty("start").GetString(), period.GetProperty("end").GetString()));

        using var removed = await admin.DeleteAsync($"/api/v1/holidays/{period.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/v1/holidays")).EnumerateArray());
    }
}
