using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>POST /api/v1/people/invitations: several people at once, each row with its own result.</summary>
public sealed class BulkInvitationApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task InviteMany_GivesEachRowItsResult_WhenACsvHasNewExistingAndInvalidRows()
    {
        var (_, admin) = await factory.CreateSignedInAsync("Alva Admin", ApiResourcesFactory.Own, Role.Admin);
        var existing = await factory.CreateMemberAsync("Fanns Redan", ApiResourcesFactory.Own, Role.Coordinator);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            namn;e-post;förvaltning;roll
            Anna Berg;anna.{unique}@test.example;Förskoleförvaltningen;Participant
            Fanns Redan;{existing.Email};grundskoleforvaltningen;Coordinator
            "Berg, Bo";bo.{unique}@test.example;Månförvaltningen;Participant
            Cia Ek;cia.{unique}@test.example;grundskoleforvaltningen;Chef
            """;

        using var response = await admin.PostAsync("/api/v1/people/invitations", ApiResourcesFactory.Json(new { csv }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["Created", "AlreadyExists", "Invalid", "Invalid"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([2, 3, 4, 5], rows.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(existing.Id, rows[1].GetProperty("personId").GetGuid());
        Assert.Equal("administration", rows[2].GetProperty("field").GetString());
        Assert.Equal("people.invitation_administration_unknown", rows[2].GetProperty("code").GetString());
        Assert.StartsWith("Rad 4: förvaltningen 'Månförvaltningen' finns inte", rows[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("role", rows[3].GetProperty("field").GetString());
        var created = await factory.InScopeAsync(sp => sp.GetRequiredService<IDirectory>().FindPersonByEmailAsync($"anna.{unique}@test.example", CancellationToken.None));
        Assert.Equal("Anna Berg", created?.Name);
    }

    [Fact]
    public async Task InviteMany_InvitesEveryAddressWithTheGivenRole_WhenAListOfEmailsIsSent()
    {
        var (_, admin) = await factory.CreateSignedInAsync("Alva Admin", ApiResourcesFactory.Own, Role.Admin);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var emails = $"lo.lund@u{unique}.example\nmo@u{unique}.example; not-an-email";

        using var response = await admin.PostAsync("/api/v1/people/invitations", ApiResourcesFactory.Json(new
        {
            emails,
            administrationId = ApiResourcesFactory.Own,
            role = "Participant",
        }));

        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["Created", "Created", "Invalid"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([1, 2, 2], rows.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("email", rows[2].GetProperty("field").GetString());
        var members = await factory.InScopeAsync(sp => sp.GetRequiredService<IDirectory>().FindPersonByEmailAsync($"lo.lund@u{unique}.example", CancellationToken.None));
        Assert.Equal("Lo Lund", members?.Name);
    }

    [Fact]
    public async Task InviteMany_Answers403_WhenTheCallerIsNoAdministrator()
    {
        var (_, facilitator) = await factory.CreateSignedInAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);

        using var response = await facilitator.PostAsync("/api/v1/people/invitations", ApiResourcesFactory.Json(new { emails = "x@test.example" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
