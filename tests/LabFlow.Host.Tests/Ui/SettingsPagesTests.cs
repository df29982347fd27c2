using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>The settings pages over the real Host: the language choice is stored on the person and sets the UI culture.</summary>
public sealed class SettingsPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task Language_StoresEnglishOnThePersonAndShowsTheUiInEnglish_WhenThePersonChoosesEnglish()
    {
        var (person, client) = await fixture.Factory.CreateSignedInAsync("Sven Språk", ApiResourcesFactory.Own, Role.Participant);
        using var _ = client;
        var swedish = await UiPages.ReadHtmlAsync(await client.GetAsync("/settings"));

        using var posted = await UiPages.PostFormAsync(client, "/settings/language", "settings-language", new Dictionary<string, string> { ["Culture"] = "en" });
        using var after = await client.GetAsync(posted.Headers.Location!.OriginalString);
        var english = await UiPages.ReadHtmlAsync(after);
        var stored = await fixture.Factory.InScopeAsync(s => s.GetRequiredService<IDirectory>().FindPersonAsync(person.Id, CancellationToken.None));

        Assert.Contains("<h1>Inställningar</h1>", swedish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/settings?saved=language", posted.Headers.Location!.PathAndQuery);
        Assert.Equal("en", stored!.Culture);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Settings</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice\">The language is saved.</p>", english, StringComparison.Ordinal);
        Assert.Contains("Send me an email at 08:00 every day with my open tasks", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_RedirectsToTheSignInPage_WhenNobodyIsSignedIn()
    {
        using var client = fixture.Factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fsettings", response.Headers.Location!.PathAndQuery);
    }
}
