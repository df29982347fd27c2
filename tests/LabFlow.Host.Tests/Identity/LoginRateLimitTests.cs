using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LabFlow.Host.Tests.Identity;

/// <summary>The credential endpoints allow a few requests per client address and window, then answer 429.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.Factory factory) : IClassFixture<LoginRateLimitTests.Factory>
{
    [Fact]
    public async Task Login_Returns429ProblemWithRetryAfter_WhenTheLimitIsSpent()
    {
        using var client = factory.CreateAnonymousClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "someone@test.example", password = "wrong password" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "someone@test.example", password = "wrong password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Too many attempts", problem.GetProperty("title").GetString());
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Equal($"Too many attempts from this address. Try again in {retryAfter} seconds.", problem.GetProperty("detail").GetString());
    }

    public sealed class Factory() : LabFlowApiFactory(new Dictionary<string, string?>
    {
        ["LabFlow:Authentication:CredentialPermitLimit"] = "3",
        ["LabFlow:Authentication:CredentialWindow"] = "01:00:00",
    });
}
