using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Account;

/// <summary>
/// An open page sends no request, so only the circuit's own revalidation can see that its person lost their rights:
/// a person deactivated by an administrator while their page is open is sent to the sign-in page within the
/// revalidation interval (the browser tests' Host runs with two seconds).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SessionRevalidationTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string Password = "höst regn kaffe lampa";

    private static readonly DemoPerson Admin = new(Guid.Parse("00000000-0000-4000-a000-000000000001"), "Alva Admin", "admin@labflow.example", "Admin");

    [BrowserFact]
    public async Task OpenPage_GoesToTheSignInPage_WhenThePersonIsDeactivatedMeanwhile()
    {
        var invitee = new DemoPerson(Guid.Empty, "Sixten Slutar", $"sixten.slutar.{Guid.NewGuid():N}@labflow.example", "Participant");
        using var admin = await SignInThroughApiAsync(Admin);
        var personId = await InviteAsync(admin, invitee);
        var email = await fixture.Mail.WaitForMessageToAsync(invitee.Email, m => InvitationLink().IsMatch(m.TextBody ?? string.Empty), TimeSpan.FromSeconds(30));
        var link = InvitationLink().Match(email.TextBody ?? string.Empty).Value;

        await using var session = await fixture.NewSessionAsync(output, nameof(OpenPage_GoesToTheSignInPage_WhenThePersonIsDeactivatedMeanwhile));
        await session.RunAsync(async page =>
        {
            await page.GotoAsync(link);
            await page.GetByLabel("Nytt lösenord", new() { Exact = true }).FillAsync(Password);
            await page.GetByLabel("Upprepa lösenordet", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ditt lösenord är sparat. Logga in med det.");
            await session.SignInAsync(invitee, Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");

            using var deactivated = await admin.PostAsJsonAsync($"/api/v1/people/{personId}/deactivate", new { });
            Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);

            // No click, no navigation: the circuit finds out by itself and loads the sign-in page.
            await Expect(page).ToHaveURLAsync(SignInUrl());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");
        });
    }

    private async Task<HttpClient> SignInThroughApiAsync(DemoPerson person)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = fixture.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = DemoPeople.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task<Guid> InviteAsync(HttpClient admin, DemoPerson invitee)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/account/invitations", new
        {
            email = invitee.Email,
            name = invitee.Name,
            culture = "sv",
            memberships = new[] { new { administrationId = "grundskoleforvaltningen", role = invitee.Role } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The invitation answered {(int)response.StatusCode}: {body}");
        using var invited = JsonDocument.Parse(body);
        return invited.RootElement.GetProperty("id").GetGuid();
    }

    [GeneratedRegex(@"https?://\S+/account/accept-invitation\?user=[0-9a-fA-F-]+&token=[^\s""<>]+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"/account/login(\?|$)")]
    private static partial Regex SignInUrl();
}
