using System.Net;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Tests.Ui;

/// <summary>The administration pages over the real Host: only administrators get them.</summary>
public sealed class AdminPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task People_SendsToAccessDenied_WhenTheCallerIsNoAdministrator()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        using var response = await client.GetAsync("/admin/people");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task People_ListsPeopleWithTheirRolesAndTheNavigationEntry_WhenTheCallerIsAnAdministrator()
    {
        var admin = await fixture.Factory.CreatePersonAsync("Alva Admin", organisationRoles: [LabFlowRoles.Admin]);
        using var client = await fixture.Factory.SignInAsync(admin.Email);

        using var response = await client.GetAsync("/admin/people");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Personer – Administration – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Personer</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/people/{fixture.Coordinator.Id}\">Cora Koordinator</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Samordnare, Grundskoleförvaltningen</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/people\"", html, StringComparison.Ordinal);
        Assert.Contains(">Administration</", html, StringComparison.Ordinal);
    }
}
