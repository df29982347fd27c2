using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class AdminDashboardAuthorizationFilterTests
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("Facilitator,Designer", HttpStatusCode.Forbidden)]
    [InlineData("Admin", HttpStatusCode.OK)]
    public async Task Dashboard_AnswersByRole_WhenRequested(string? roles, HttpStatusCode expected)
    {
        await using var app = new LabFlowTestApp();
        await app.MigrateAsync();
        await app.App.StartAsync();
        using var client = app.App.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        if (roles is not null)
        {
            request.Headers.Add(LabFlowTestApp.RolesHeader, roles);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains("LabFlow jobs", StringComparison.Ordinal));
    }
}
