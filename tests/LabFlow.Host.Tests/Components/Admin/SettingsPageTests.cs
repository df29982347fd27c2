using System.Net;
using System.Net.Http.Headers;
using Bunit;
using LabFlow.Activities.Notifications;
using LabFlow.Host.Components.Pages.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Admin;

public sealed class SettingsPageTests : AdminPageTestContext
{
    [Fact]
    public async Task SaveDigest_StoresTheOptIn_WhenThePersonTurnsItOn()
    {
        var page = RenderAs<SettingsPage>(Coordinator);

        page.Find("#digest").Change(true);
        await page.Find("#digest-form").SubmitAsync();

        Assert.Equal("Du får den dagliga sammanfattningen.", page.Find("#settings-notice .notice").TextContent);
        Assert.True((await InHostAsync(s => s.GetRequiredService<INotificationPreferences>().GetAsync(Coordinator.Id, CancellationToken.None))).DailyDigest);
        Assert.Equal("Skicka mig ett mejl kl. 08.00 varje dag med mina öppna uppgifter", page.Find("label[for=digest]").TextContent);
    }

    [Fact]
    public async Task Token_IsShownOnceListedWithoutItsSecretAndStopsWorking_WhenRevoked()
    {
        var page = RenderAs<SettingsPage>(Coordinator);

        page.Find("#token-name").Change("veckoexport");
        await page.Find("#token-form").SubmitAsync();
        var token = page.Find("#new-token-value").GetAttribute("value")!;
        using var api = Factory.CreateAnonymousClient();
        var before = await MeAsync(api, token);

        Assert.StartsWith("lf_", token, StringComparison.Ordinal);
        Assert.Equal("Kopiera den nu och spara den på ett säkert ställe. Den visas bara den här gången.", page.Find("#new-token-hint").TextContent);
        Assert.Equal(HttpStatusCode.OK, before);
        var row = page.Find("#tokens tbody tr");
        Assert.Equal("veckoexport", row.Children[0].TextContent);
        Assert.Equal($"{token[..7]}…", row.Children[1].TextContent);
        Assert.Equal("Aldrig", row.Children[3].TextContent);
        Assert.DoesNotContain(token, page.Find("#tokens").OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(token, RenderAs<SettingsPage>(Coordinator).Markup, StringComparison.Ordinal);

        await page.Find("#new-token-done").ClickAsync(new());
        await page.Find("#tokens button[aria-label='Återkalla token ”veckoexport”']").ClickAsync(new());
        Assert.StartsWith("Vill du återkalla token ”veckoexport”?", page.Find("#tokens [role=alertdialog] p").TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(api, token));
        await page.Find("#tokens [role=alertdialog] button.primary").ClickAsync(new());

        Assert.Equal("Token ”veckoexport” är återkallad.", page.Find("#settings-notice .notice").TextContent);
        Assert.Equal("Du har inga token.", page.Find("#no-tokens").TextContent);
        Assert.DoesNotContain(token, page.Markup, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(api, token));
    }

    [Fact]
    public async Task CreateToken_ShowsTheNameError_WhenTheNameIsMissing()
    {
        var page = RenderAs<SettingsPage>(Coordinator);

        await page.Find("#token-form").SubmitAsync();

        Assert.Equal(["Ge token ett namn på 1–100 tecken, till exempel ”veckoexport”."], page.FindAll("#token-errors li a").Select(a => a.TextContent));
        Assert.Equal("token-name-hint token-name-error", page.Find("#token-name").GetAttribute("aria-describedby"));
        Assert.Empty(page.FindAll("#new-token"));
    }

    [Fact]
    public void Tokens_CannotBeCreated_WhenSignedInWithAToken()
    {
        var page = RenderAs<SettingsPage>(Coordinator, tokenId: Guid.NewGuid());

        Assert.Equal("Du kan bara skapa token när du har loggat in i webbläsaren, inte med en token.", page.Find("#tokens-cookie-only").TextContent);
        Assert.Empty(page.FindAll("#token-form"));
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
