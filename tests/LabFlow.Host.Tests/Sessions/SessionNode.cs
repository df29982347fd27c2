using System.Net;
using System.Net.Http.Json;
using LabFlow.Host.Tests.Identity;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabFlow.Host.Tests.Sessions;

/// <summary>
/// One Host in-process on a shared test database: two of these on one database are two nodes behind a load
/// balancer (data-protection keys live in the database, so a cookie one issues the other reads).
/// </summary>
public sealed class SessionNode(TestDatabase database)
    : LabFlowApiFactory(new Dictionary<string, string?>(database.Settings))
{
    /// <summary>Signs <paramref name="email"/> in through the API and answers the sign-in cookie as a <c>Cookie</c> header value.</summary>
    public async Task<string> SignInCookieAsync(string email)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password = Password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return string.Join("; ", response.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("LabFlow.Auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
    }

    /// <summary>A client that sends <paramref name="cookie"/> with every request and keeps no cookie it is sent.</summary>
    public HttpClient CookieClient(string cookie)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
