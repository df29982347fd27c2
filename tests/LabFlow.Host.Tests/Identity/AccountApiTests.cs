using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Identity;

/// <summary>Cookie sign-in through the API: the person, their claims, failures that reveal nothing, lockout, inactive people.</summary>
public sealed class AccountApiTests(LabFlowApiFactory factory) : IClassFixture<LabFlowApiFactory>
{
    [Fact]
    public async Task Login_SetsCookieAndMeDescribesThePerson_WhenPasswordIsRight()
    {
        var person = await factory.CreatePersonAsync("Anna Facilitator", [Role.Facilitator, Role.Coordinator], culture: "en");
        using var client = factory.CreateAnonymousClient();

        using var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = LabFlowApiFactory.Password });
        using var me = await client.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LabFlow.Auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(person.Id, root.GetProperty("id").GetGuid());
        Assert.Equal("Anna Facilitator", root.GetProperty("name").GetString());
        Assert.Equal(person.Email, root.GetProperty("email").GetString());
        Assert.Equal("en", root.GetProperty("culture").GetString());
        Assert.Equal(["Coordinator", "Facilitator"], root.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(
            ["grundskoleforvaltningen:Facilitator", "grundskoleforvaltningen:Coordinator"],
            root.GetProperty("memberships").EnumerateArray().Select(m => $"{m.GetProperty("administrationId").GetString()}:{m.GetProperty("role").GetString()}"));
    }

    [Fact]
    public async Task Me_ListsOrganisationWideRoles_WhenThePersonHasIdentityRoles()
    {
        var person = await factory.CreatePersonAsync("Dag Designer", organisationRoles: [LabFlow.Host.Authorization.LabFlowRoles.Designer]);
        using var client = await factory.SignInAsync(person.Email);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/account/me");

        Assert.Equal(["Designer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(me.GetProperty("memberships").EnumerateArray());
    }

    [Fact]
    public async Task Login_Returns401WithTheSameMessage_WhenPasswordIsWrongOrEmailUnknown()
    {
        var person = await factory.CreatePersonAsync("Bo Coordinator", [Role.Coordinator]);
        using var client = factory.CreateAnonymousClient();

        using var wrongPassword = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = "not the password at all" });
        using var unknownEmail = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "nobody@test.example", password = LabFlowApiFactory.Password });

        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(ApiRefusalMessages.SignInFailed.Swedish, problem.GetProperty("detail").GetString());
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Login_RefusesTheRightPassword_WhenFiveAttemptsFailedBefore()
    {
        var person = await factory.CreatePersonAsync("Cia Communicator", [Role.Communicator]);
        using var client = factory.CreateAnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = $"wrong password {attempt}" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = LabFlowApiFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ApiRefusalMessages.SignInFailed.Swedish, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LabFlowUser>>();
        var user = await users.FindByIdAsync(person.Id.ToString());
        Assert.True(await users.IsLockedOutAsync(user!));
        Assert.InRange(user!.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Login_Returns401_WhenThePersonIsInactive()
    {
        var person = await factory.CreatePersonAsync("Ida Inactive", [Role.Coordinator], active: false);
        using var client = factory.CreateAnonymousClient();

        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = LabFlowApiFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ApiRefusalMessages.SignInFailed.Swedish, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Me_Returns401ProblemRatherThanRedirect_WhenAnonymous()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Logout_EndsTheSession_WhenSignedIn()
    {
        var person = await factory.CreatePersonAsync("Lars Leaving", [Role.HR]);
        using var client = await factory.SignInAsync(person.Email);

        using var logout = await client.PostAsync("/api/v1/account/logout", null);
        using var me = await client.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task JobsDashboard_OpensForAnAdministratorOnly_WhenSignedInWithTheCookie()
    {
        var admin = await factory.CreatePersonAsync("Dagny Dashboard", organisationRoles: [LabFlow.Host.Authorization.LabFlowRoles.Admin]);
        using var adminClient = await factory.SignInAsync(admin.Email);
        using var coordinator = await factory.CreateClientForRoleAsync(Role.Coordinator);

        using var asAdmin = await adminClient.GetAsync("/hangfire");
        using var asCoordinator = await coordinator.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asCoordinator.StatusCode);
    }
}
