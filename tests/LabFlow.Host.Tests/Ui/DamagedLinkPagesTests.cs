using System.Net;

namespace LabFlow.Host.Tests.Ui;

/// <summary>
/// Links an email client or a person mangled: each answers a page that says what is wrong and where to go next,
/// never the 500 error page.
/// </summary>
public sealed class DamagedLinkPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    [Theory]
    [InlineData("/account/reset-password?user=x&token=y")]
    [InlineData("/account/reset-password?user=00000000-0000-4000-a000-00000000000&token=y")]
    [InlineData("/account/reset-password?token=y")]
    public async Task ResetPassword_ShowsTheLinkIsNotValid_WhenTheLinkIsDamaged(string link)
    {
        using var client = fixture.Factory.CreateAnonymousClient();

        using var response = await client.GetAsync(link);
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Länken fungerar inte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"account/forgot-password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>Något gick fel</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/accept-invitation?user=x&token=y")]
    [InlineData("/account/accept-invitation?user=&token=")]
    public async Task AcceptInvitation_ShowsTheInvitationIsNotValid_WhenTheLinkIsDamaged(string link)
    {
        using var client = fixture.Factory.CreateAnonymousClient();

        using var response = await client.GetAsync(link);
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Länken fungerar inte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"account/login\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_ShowsTheLinkIsNotValid_WhenTheUserIsUnknownAndTheTokenIsNotBase64()
    {
        using var client = fixture.Factory.CreateAnonymousClient();
        var link = $"/account/reset-password?user={Guid.NewGuid()}&token=%25%25not-a-token";

        using var page = await client.GetAsync(link);
        using var posted = await UiPages.PostFormAsync(client, link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Password"] = "ett-långt-nytt-lösenord-2026",
            ["Input.Confirmation"] = "ett-långt-nytt-lösenord-2026",
        });
        var html = await UiPages.ReadHtmlAsync(posted);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("<h1>Länken fungerar inte</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tasks/not-a-task-id")]
    [InlineData("/labs/not-a-lab-id")]
    [InlineData("/labs/12345")]
    public async Task Page_AnswersTheNotFoundPage_WhenTheIdIsNotAnId(string link)
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        using var response = await client.GetAsync(link);
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Sidan finns inte</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_SaysTheTaskWasNotFound_WhenTheIdIsUnknown()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        using var response = await client.GetAsync($"/tasks/{Guid.NewGuid()}");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Uppgiften hittades inte</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabPage_SaysTheLabDoesNotExist_WhenTheIdIsUnknown()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        using var response = await client.GetAsync($"/labs/{Guid.NewGuid()}");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Sidan finns inte</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessibilityStatement_NamesStatusShortcomingsAndDigg_WhenNobodyIsSignedIn()
    {
        using var client = fixture.Factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/accessibility");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Tillgänglighetsredogörelse</h1>", html, StringComparison.Ordinal);
        Assert.Contains("delvis förenlig med lagen om tillgänglighet till digital offentlig service", html, StringComparison.Ordinal);
        Assert.Contains("<ul id=\"known-shortcomings\">", html, StringComparison.Ordinal);
        Assert.Contains("Myndigheten för digital förvaltning (Digg)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.digg.se/tdosanmalan\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_LinksTheAccessibilityStatement_OnAnAppPage()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        using var response = await client.GetAsync("/tasks");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<footer class=\"site-footer\"><a href=\"/accessibility\">Tillgänglighetsredogörelse</a></footer>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"", html, StringComparison.Ordinal);
    }
}
