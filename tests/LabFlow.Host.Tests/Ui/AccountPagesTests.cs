using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Tests.ApiResources;
using LabFlow.Host.Tests.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>The account pages as a browser uses them: server-rendered forms posted with the antiforgery token.</summary>
public sealed class AccountPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    private ApiResourcesFactory Factory => fixture.Factory;

    [Fact]
    public async Task Login_RendersLabelledFormInSwedish_WhenNoLanguageIsChosen()
    {
        using var client = Factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/account/login");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Logga in – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Logga in</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-postadress</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"email\" type=\"email\" autocomplete=\"username\" name=\"Input.Email\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Lösenord</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"password\" type=\"password\" autocomplete=\"current-password\" name=\"Input.Password\"", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">Hoppa till innehållet</a>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ShowsEnglishTexts_WhenTheCultureCookieIsEnglish()
    {
        using var client = Factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("Cookie", UiPages.EnglishCultureCookie);

        using var response = await client.SendAsync(request);
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Sign in</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">Email address</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", html, StringComparison.Ordinal);
        Assert.Contains(">Svenska</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_SetsTheCookieAndRedirectsToReturnUrl_WhenThePasswordIsRight()
    {
        var person = await Factory.CreateMemberAsync("Rätt Lösen", ApiResourcesFactory.Own, Role.Participant);
        using var client = Factory.CreateAnonymousClient();

        using var response = await UiPages.PostFormAsync(client, "/account/login?ReturnUrl=%2Flabs", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = LabFlowApiFactory.Password,
        });
        using var me = await client.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/labs", response.Headers.Location!.AbsolutePath);
        Assert.True(UiPages.SetsSignInCookie(response));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Login_RedirectsToTheStartPage_WhenReturnUrlIsAnotherSite()
    {
        var person = await Factory.CreateMemberAsync("Öppen Omdirigering", ApiResourcesFactory.Own, Role.Participant);
        using var client = Factory.CreateAnonymousClient();

        using var response = await UiPages.PostFormAsync(client, "/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = LabFlowApiFactory.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/", response.Headers.Location.AbsolutePath);
    }

    [Fact]
    public async Task Login_ShowsOneSwedishMessageAndSetsNoCookie_WhenThePasswordIsWrong()
    {
        var person = await Factory.CreateMemberAsync("Fel Lösen", ApiResourcesFactory.Own, Role.Participant);
        using var client = Factory.CreateAnonymousClient();

        using var wrongPassword = await UiPages.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = "not the password at all",
        });
        using var unknownEmail = await UiPages.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "nobody@test.example",
            ["Input.Password"] = "not the password at all",
        });
        var wrongHtml = await UiPages.ReadHtmlAsync(wrongPassword);
        var unknownHtml = await UiPages.ReadHtmlAsync(unknownEmail);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.False(UiPages.SetsSignInCookie(wrongPassword));
        Assert.Contains("<li>E-postadressen eller lösenordet är fel, eller så kan kontot inte logga in just nu. Efter fem misslyckade försök spärras kontot i 15 minuter; välj ett nytt lösenord med ”Glömt lösenordet?” om du behöver.</li>", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("<li>E-postadressen eller lösenordet är fel, eller så kan kontot inte logga in just nu. Efter fem misslyckade försök spärras kontot i 15 minuter; välj ett nytt lösenord med ”Glömt lösenordet?” om du behöver.</li>", unknownHtml, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password at all", wrongHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ShowsAMessageForEachEmptyField_WhenNothingIsFilledIn()
    {
        using var client = Factory.CreateAnonymousClient();

        using var response = await UiPages.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>());
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<a href=\"/account/login#email\">Fyll i din e-postadress.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/login#password\">Fyll i ditt lösenord.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"email\" type=\"email\" autocomplete=\"username\" aria-describedby=\"email-error\" aria-invalid=\"true\" name=\"Input.Email\"", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"email-error\" class=\"field-error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AnswersALockedAccountAsAnUnknownEmail_SoNoOneLearnsWhichAccountsExist()
    {
        var person = await Factory.CreateMemberAsync("Låst Person", ApiResourcesFactory.Own, Role.Participant);
        using var client = Factory.CreateAnonymousClient();
        async Task<string> SignInAsync(string email, string password)
        {
            using var response = await UiPages.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            });
            return await UiPages.ReadHtmlAsync(response);
        }

        var locked = "";
        for (var attempt = 0; attempt < 6; attempt++)
        {
            locked = await SignInAsync(person.Email, "a wrong password " + attempt);
        }

        var unknown = await SignInAsync("nobody-" + Guid.NewGuid().ToString("N") + "@labflow.example", "a wrong password");

        const string message =
            "<li>E-postadressen eller lösenordet är fel, eller så kan kontot inte logga in just nu. Efter fem misslyckade försök spärras kontot i 15 minuter; välj ett nytt lösenord med ”Glömt lösenordet?” om du behöver.</li>";
        Assert.Contains(message, locked, StringComparison.Ordinal);
        Assert.Contains(message, unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("låst", locked, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AcceptInvitation_SetsThePasswordSoSignInWorks_WhenTheLinkIsValid()
    {
        var person = await Factory.CreatePersonAsync("Inbjuden Person", [Role.Coordinator], withPassword: false);
        var token = await InvitationTokenAsync(person.Id);
        var url = $"/account/accept-invitation?user={person.Id}&token={Uri.EscapeDataString(token)}";
        using var client = Factory.CreateAnonymousClient();

        using var page = await client.GetAsync(url);
        var pageHtml = await UiPages.ReadHtmlAsync(page);
        using var saved = await UiPages.PostFormAsync(client, url, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.Password"] = "min egen långa lösenfras",
            ["Input.Confirmation"] = "min egen långa lösenfras",
        });
        using var signedIn = await Factory.SignInAsync(person.Email, "min egen långa lösenfras");

        Assert.Contains("<h1>Välj ditt lösenord</h1>", pageHtml, StringComparison.Ordinal);
        Assert.Contains(
            "<p id=\"password-rules\" class=\"hint\">Minst 12 tecken, varav minst 4 olika. En lösenfras med några ord, till exempel ”kaffe cykel regn fönster”, är lätt att minnas och svår att gissa.</p>",
            pageHtml,
            StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"password-rules\"", pageHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account/login?passwordSaved=true", saved.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AcceptInvitation_ExplainsEachBrokenRule_WhenThePasswordIsWeak()
    {
        var person = await Factory.CreatePersonAsync("Svag Lösen", [Role.Coordinator], withPassword: false);
        var url = $"/account/accept-invitation?user={person.Id}&token={Uri.EscapeDataString(await InvitationTokenAsync(person.Id))}";
        using var client = Factory.CreateAnonymousClient();

        using var tooShort = await UiPages.PostFormAsync(client, url, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.Password"] = "aaaa",
            ["Input.Confirmation"] = "aaaa",
        });
        using var different = await UiPages.PostFormAsync(client, url, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.Password"] = "en lång och bra lösenfras",
            ["Input.Confirmation"] = "en annan lösenfras helt",
        });
        var tooShortHtml = await UiPages.ReadHtmlAsync(tooShort);
        var differentHtml = await UiPages.ReadHtmlAsync(different);

        Assert.Contains("Lösenordet är för kort: det behöver minst 12 tecken.", tooShortHtml, StringComparison.Ordinal);
        Assert.Contains("Lösenordet behöver minst 4 olika tecken.", tooShortHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"" + url + "#confirmation\">Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.</a>", differentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptInvitation_SaysTheLinkDoesNotWork_WhenTheTokenIsInvalid()
    {
        var person = await Factory.CreatePersonAsync("Fel Länk", [Role.Coordinator], withPassword: false);
        var url = $"/account/accept-invitation?user={person.Id}&token=not-a-token";
        using var client = Factory.CreateAnonymousClient();

        using var response = await UiPages.PostFormAsync(client, url, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.Password"] = "en lång och bra lösenfras",
            ["Input.Confirmation"] = "en lång och bra lösenfras",
        });
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<h1>Länken fungerar inte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Inbjudningslänken är ogiltig, redan använd eller för gammal. Be en administratör att bjuda in dig igen.", html, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.SignInAsync(person.Email, "en lång och bra lösenfras"));
    }

    [Fact]
    public async Task AcceptInvitation_SaysTheLinkDoesNotWork_WhenTheLinkHasNoToken()
    {
        using var client = Factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/account/accept-invitation");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<h1>Länken fungerar inte</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html.Split("<main")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_GivesTheSameAnswer_WhetherOrNotTheEmailHasAnAccount()
    {
        var person = await Factory.CreateMemberAsync("Glömsk Person", ApiResourcesFactory.Own, Role.Participant);
        using var client = Factory.CreateAnonymousClient();

        using var known = await UiPages.PostFormAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = person.Email });
        using var unknown = await UiPages.PostFormAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@test.example" });
        const string Answer = "<p class=\"notice\" role=\"status\">Om e-postadressen hör till ett konto i LabFlow är en länk för att välja nytt lösenord på väg. Titta i din inkorg.</p>";

        Assert.Contains(Answer, await UiPages.ReadHtmlAsync(known), StringComparison.Ordinal);
        Assert.Contains(Answer, await UiPages.ReadHtmlAsync(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_SetsTheNewPassword_WhenTheLinkIsValid()
    {
        var person = await Factory.CreateMemberAsync("Ny Lösen", ApiResourcesFactory.Own, Role.Participant);
        var token = await Factory.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<LabFlowUser>>();
            return await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(person.Id.ToString()))!);
        });
        var url = $"/account/reset-password?user={person.Id}&token={Uri.EscapeDataString(token)}";
        using var client = Factory.CreateAnonymousClient();

        using var saved = await UiPages.PostFormAsync(client, url, "reset-password", new Dictionary<string, string>
        {
            ["Input.Password"] = "ett helt nytt lösenord",
            ["Input.Confirmation"] = "ett helt nytt lösenord",
        });
        using var signedIn = await Factory.SignInAsync(person.Email, "ett helt nytt lösenord");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account/login?passwordSaved=true", saved.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task LanguageSwitch_SetsTheCultureCookieAndReturns_WhenEnglishIsChosen()
    {
        using var client = Factory.CreateAnonymousClient();
        using var page = await client.GetAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["culture"] = "en",
            ["returnUrl"] = "/account/forgot-password",
        });
        using var response = await client.PostAsync("/account/language", content);
        using var next = await client.GetAsync("/account/forgot-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/forgot-password", response.Headers.Location!.OriginalString);
        Assert.Contains(".AspNetCore.Culture=c%3Den%7Cuic%3Den", response.Headers.GetValues("Set-Cookie").Single(), StringComparison.Ordinal);
        Assert.Contains("<h1>Forgotten password</h1>", await UiPages.ReadHtmlAsync(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AnswersTheFriendly400Page_WhenTheAntiforgeryTokenIsMissing()
    {
        using var client = Factory.CreateAnonymousClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login", ["Input.Email"] = "a@test.example" });

        using var response = await client.PostAsync("/account/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Formuläret kunde inte skickas</h1>", await UiPages.ReadHtmlAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_Refuses_WhenTheAntiforgeryTokenIsMissing()
    {
        using var client = Factory.CreateAnonymousClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });

        using var response = await client.PostAsync("/account/language", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Formuläret kunde inte skickas</h1>", await UiPages.ReadHtmlAsync(response), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    private Task<string> InvitationTokenAsync(Guid personId) =>
        Factory.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<LabFlowUser>>();
            var user = (await users.FindByIdAsync(personId.ToString()))!;
            return await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        });
}
