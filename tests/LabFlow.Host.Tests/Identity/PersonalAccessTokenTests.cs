using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Identity;

/// <summary>Personal access tokens: shown once, stored as a hash, used as a bearer token, listed and revoked by their owner.</summary>
public sealed class PersonalAccessTokenTests(LabFlowApiFactory factory) : IClassFixture<LabFlowApiFactory>
{
    [Fact]
    public async Task Token_WorksAsBearerUntilRevoked_WhenCreatedListedAndRevoked()
    {
        var person = await factory.CreatePersonAsync("Tove Token", [Role.Coordinator]);
        using var browser = await factory.SignInAsync(person.Email);

        using var created = await browser.PostAsJsonAsync("/api/v1/account/tokens", new { name = "weekly export" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var tokenId = body.GetProperty("id").GetGuid();
        Assert.StartsWith("lf_", token, StringComparison.Ordinal);
        Assert.True(token.Length >= 3 + 43, $"The token '{token}' carries fewer than 32 random bytes.");
        Assert.Equal(token[..7], body.GetProperty("prefix").GetString());

        using var script = factory.CreateAnonymousClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await script.GetFromJsonAsync<JsonElement>("/api/v1/account/me");
        Assert.Equal(person.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(["Coordinator"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var list = await script.GetFromJsonAsync<JsonElement>("/api/v1/account/tokens");
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(tokenId, listed.GetProperty("id").GetGuid());
        Assert.Equal("weekly export", listed.GetProperty("name").GetString());
        Assert.False(listed.TryGetProperty("token", out _));
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);

        using var revoked = await browser.DeleteAsync($"/api/v1/account/tokens/{tokenId}");
        using var afterRevoke = await script.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal("Bearer", afterRevoke.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Token_IsStoredOnlyAsItsSha256Hash_WhenCreated()
    {
        var person = await factory.CreatePersonAsync("Hanna Hash", [Role.HR]);
        using var browser = await factory.SignInAsync(person.Email);

        using var created = await browser.PostAsJsonAsync("/api/v1/account/tokens", new { name = "report" });
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabFlowDbContext>();
        var row = await db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.UserId == person.Id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), row.TokenHash);
        Assert.DoesNotContain(token[3..], row.TokenHash + row.Prefix + row.Name, StringComparison.Ordinal);
        var tokenHashIndex = db.Model.FindEntityType(typeof(PersonalAccessTokenRow))!.GetIndexes().Single(i => i.Properties.Single().Name == nameof(PersonalAccessTokenRow.TokenHash));
        Assert.True(tokenHashIndex.IsUnique);
    }

    [Fact]
    public async Task CreateToken_Returns401_WhenCalledWithAToken()
    {
        var person = await factory.CreatePersonAsync("Sven Script", [Role.Coordinator]);
        using var browser = await factory.SignInAsync(person.Email);
        using var created = await browser.PostAsJsonAsync("/api/v1/account/tokens", new { name = "ci" });
        using var script = factory.CreateAnonymousClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

        using var response = await script.PostAsJsonAsync("/api/v1/account/tokens", new { name = "another" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateToken_Returns400NamingTheField_WhenExpiryIsInThePast()
    {
        var person = await factory.CreatePersonAsync("Eva Expiry", [Role.Coordinator]);
        using var browser = await factory.SignInAsync(person.Email);

        using var response = await browser.PostAsJsonAsync("/api/v1/account/tokens", new { name = "old", expiresAt = "2020-01-01T00:00:00Z" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The expiry must be in the future; leave it out for a token that does not expire.", problem.GetProperty("errors").GetProperty("expiresAt")[0].GetString());
    }

    [Fact]
    public async Task Bearer_Returns401_WhenTheTokenIsUnknownOrTheOwnerInactive()
    {
        var person = await factory.CreatePersonAsync("Olle Owner", [Role.Coordinator]);
        using var browser = await factory.SignInAsync(person.Email);
        using var created = await browser.PostAsJsonAsync("/api/v1/account/tokens", new { name = "nightly" });
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDirectoryCommands>().SavePersonAsync(person with { Active = false }, CancellationToken.None);
        }

        using var script = factory.CreateAnonymousClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var inactiveOwner = await script.GetAsync("/api/v1/account/me");
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "lf_" + new string('A', 43));
        using var unknown = await script.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.Unauthorized, inactiveOwner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }
}
