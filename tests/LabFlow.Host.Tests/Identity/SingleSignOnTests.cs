using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Api.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabFlow.Host.Tests.Identity;

/// <summary>Single sign-on through OpenID Connect against a provider in the test process: only existing accounts get in.</summary>
public sealed partial class SingleSignOnTests : IAsyncLifetime
{
    private FakeOidcProvider _provider = null!;
    private Factory _factory = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeOidcProvider.StartAsync();
        _factory = new Factory(_provider.Authority);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task Sso_SignsInTheInvitedPersonAndReturnsToTheLocalUrl_WhenTheProviderVouchesForTheirEmail()
    {
        var person = await _factory.CreatePersonAsync("Sonja Sso", [Role.Facilitator], withPassword: false);
        _provider.NextUser = new FakeOidcUser("sonja-at-provider", person.Email.ToUpperInvariant(), EmailVerified: true);
        using var browser = _factory.CreateAnonymousClient();

        var landed = await SignInThroughProviderAsync(browser, "/api/v1/account/me");
        using var me = await browser.GetAsync(landed);

        Assert.Equal("/api/v1/account/me", landed);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(person.Id, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Sso_Returns403WithoutSigningIn_WhenNoAccountHasTheEmail()
    {
        _provider.NextUser = new FakeOidcUser("stranger", "stranger@test.example", EmailVerified: true);
        using var browser = _factory.CreateAnonymousClient();

        using var completed = await CompleteAsync(browser, "/");
        using var me = await browser.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.Forbidden, completed.StatusCode);
        Assert.Equal(ApiRefusalMessages.SingleSignOnNoAccount.Swedish, (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Sso_Returns403_WhenTheProviderHasNotVerifiedTheEmail()
    {
        var person = await _factory.CreatePersonAsync("Ove Overifierad", [Role.Coordinator]);
        _provider.NextUser = new FakeOidcUser("unverified", person.Email, EmailVerified: false);
        using var browser = _factory.CreateAnonymousClient();

        using var completed = await CompleteAsync(browser, "/");

        Assert.Equal(HttpStatusCode.Forbidden, completed.StatusCode);
    }

    [Fact]
    public async Task Sso_RedirectsToTheRoot_WhenTheReturnUrlIsAnotherSite()
    {
        var person = await _factory.CreatePersonAsync("Rut Redirect", [Role.Coordinator]);
        _provider.NextUser = new FakeOidcUser("rut", person.Email, EmailVerified: true);
        using var browser = _factory.CreateAnonymousClient();

        var landed = await SignInThroughProviderAsync(browser, "//evil.example/phish");

        Assert.Equal("/", landed);
    }

    private static async Task<string> SignInThroughProviderAsync(HttpClient browser, string returnUrl)
    {
        using var completed = await CompleteAsync(browser, returnUrl);
        Assert.True(completed.StatusCode == HttpStatusCode.Redirect, await completed.Content.ReadAsStringAsync());
        return completed.Headers.Location!.OriginalString;
    }

    /// <summary>Follows the browser's way: LabFlow → provider's authorize → form post back → LabFlow's completion.</summary>
    private static async Task<HttpResponseMessage> CompleteAsync(HttpClient browser, string returnUrl)
    {
        using var start = await browser.GetAsync($"/api/v1/account/sso?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);

        using var provider = new HttpClient();
        var form = await provider.GetStringAsync(start.Headers.Location);
        var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value);
        var fields = HiddenField().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

        using var callback = await browser.PostAsync(new Uri(action).PathAndQuery, new FormUrlEncodedContent(fields));
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        return await browser.GetAsync(callback.Headers.Location);
    }

    [GeneratedRegex("action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    private sealed class Factory : LabFlowApiFactory
    {
        public Factory(Uri authority)
            : base(new Dictionary<string, string?>
            {
                ["LabFlow:Authentication:Oidc:Authority"] = authority.ToString(),
                ["LabFlow:Authentication:Oidc:ClientId"] = FakeOidcProvider.ClientId,
                ["LabFlow:Authentication:Oidc:ClientSecret"] = FakeOidcProvider.ClientSecret,
                ["LabFlow:Authentication:Oidc:RequireHttpsMetadata"] = "false",
            })
        {
            ClientBaseAddress = new Uri("https://localhost");
        }
    }
}
