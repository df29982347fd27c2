using System.Net;
using System.Net.Http.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Sessions;

/// <summary>
/// A sign-in cookie follows the directory at once: after an administrator deactivates a person or takes their Admin
/// membership on one node, the cookie they already hold is refused on its next request (API, page, jobs dashboard) on
/// both nodes, although each node had just read the person.
/// </summary>
public abstract class SessionTests(SessionNodesFixture fixture) : IClassFixture<SessionNodesFixture>
{
    protected abstract string Provider { get; }

    [DatabaseFact]
    public async Task Requests_AreRefusedOnBothNodes_WhenThePersonWasDeactivatedWithACookieInHand()
    {
        var (a, b) = await fixture.StartAsync(Provider);
        using var admin = await AdministratorAsync(a);
        var person = await a.CreatePersonAsync("Dora Deactivated", [Role.Coordinator]);
        var cookie = await a.SignInCookieAsync(person.Email);
        using var onA = a.CookieClient(cookie);
        using var onB = b.CookieClient(cookie);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await StatusesAsync(onB, "/api/v1/account/me", "/api/v1/tasks", "/"));

        using var deactivated = await admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/deactivate", new { });

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        foreach (var node in new[] { onB, onA })
        {
            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], await StatusesAsync(node, "/api/v1/account/me", "/api/v1/tasks"));
            using var page = await node.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/login", page.Headers.Location!.AbsolutePath);
        }
    }

    [DatabaseFact]
    public async Task AdministrationIsRefusedOnBothNodes_WhenTheAdminMembershipWasRemovedWithACookieInHand()
    {
        var (a, b) = await fixture.StartAsync(Provider);
        using var admin = await AdministratorAsync(a);
        var demoted = await a.CreatePersonAsync("Dag Demoted", [Role.Admin, Role.Facilitator]);
        var cookie = await a.SignInCookieAsync(demoted.Email);
        using var onA = a.CookieClient(cookie);
        using var onB = b.CookieClient(cookie);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await StatusesAsync(onB, "/api/v1/people", "/hangfire", "/admin/people"));

        using var removed = await admin.DeleteAsync($"/api/v1/people/{demoted.Id}/memberships/{SessionNode.AdministrationId}/Admin");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        foreach (var node in new[] { onB, onA })
        {
            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], await StatusesAsync(node, "/api/v1/people", "/hangfire"));
            using var page = await node.GetAsync("/admin/people");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/login", page.Headers.Location!.AbsolutePath);
        }
    }

    [DatabaseFact]
    public async Task Requests_CarryTheNewRole_WhenAMembershipWasAddedWithACookieInHand()
    {
        var (a, b) = await fixture.StartAsync(Provider);
        using var admin = await AdministratorAsync(a);
        var promoted = await a.CreatePersonAsync("Pia Promoted", [Role.Coordinator]);
        var cookie = await a.SignInCookieAsync(promoted.Email);
        using var onB = b.CookieClient(cookie);

        using var added = await admin.PostAsJsonAsync($"/api/v1/people/{promoted.Id}/memberships", new { administrationId = SessionNode.AdministrationId, role = "Admin" });
        using var people = await onB.GetAsync("/api/v1/people");

        // The stamp did not change, so the cookie stays; node B read the person for the first time and refreshed its claims.
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, people.StatusCode);
        Assert.Contains(people.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LabFlow.Auth=", StringComparison.Ordinal));
    }

    private static async Task<HttpClient> AdministratorAsync(SessionNode node)
    {
        var admin = await node.CreatePersonAsync("Alma Admin", organisationRoles: [LabFlowRoles.Admin]);
        return await node.SignInAsync(admin.Email);
    }

    private static async Task<HttpStatusCode[]> StatusesAsync(HttpClient client, params string[] paths)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            statuses.Add(response.StatusCode);
        }

        return [.. statuses];
    }
}

public sealed class SqliteSessionTests(SessionNodesFixture fixture) : SessionTests(fixture)
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlSessionTests(SessionNodesFixture fixture) : SessionTests(fixture), IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
