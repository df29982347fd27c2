using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Admin;

/// <summary>
/// The demo administrator invites a new person with a role in an administration; the new person follows the link in
/// the invitation email in their own browser, chooses a password and signs in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InvitePersonTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string Password = "sommar skog båt lykta";

    private static readonly DemoPerson Admin = new(Guid.Parse("00000000-0000-4000-a000-000000000001"), "Alva Admin", "admin@labflow.example", "Admin");

    private static readonly DemoPerson Invitee = new(Guid.Empty, "Ines Inbjuden", "ines.inbjuden@labflow.example", "Participant");

    [BrowserFact]
    public async Task Invite_LetsTheNewPersonSignIn_WhenTheEmailedLinkIsFollowed()
    {
        await using (var adminSession = await fixture.NewSessionAsync(output, nameof(Invite_LetsTheNewPersonSignIn_WhenTheEmailedLinkIsFollowed) + "-admin"))
        {
            await adminSession.RunAsync(async page =>
            {
                await adminSession.SignInAsync(Admin);
                await adminSession.GotoInteractiveAsync("/admin/people/invite");

                await Expect(page).ToHaveTitleAsync("Bjud in en person – Administration – LabFlow");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bjud in en person");
                await AxeAssert.NoViolationsAsync(page, "The invitation form");

                await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(Invitee.Name);
                await page.GetByLabel("E-post", new() { Exact = true }).FillAsync(Invitee.Email);
                var membership = page.GetByRole(AriaRole.Group, new() { Name = "Roll 1", Exact = true });
                await membership.GetByLabel("Förvaltning", new() { Exact = true }).SelectOptionAsync("grundskoleforvaltningen");
                await membership.GetByLabel("Roll", new() { Exact = true }).SelectOptionAsync(Invitee.Role);
                // The form goes on to the person's page inside the same circuit.
                await page.GetByRole(AriaRole.Button, new() { Name = "Skicka inbjudan", Exact = true }).ClickAsync();

                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Invitee.Name);
                await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "är inbjuden" })).ToHaveTextAsync(
                    $"{Invitee.Name} är inbjuden. Ett mejl med en länk för att välja lösenord har skickats till {Invitee.Email}.");
                await AxeAssert.NoViolationsAsync(page, "The invited person's page");
            });
        }

        var email = await fixture.Mail.WaitForMessageToAsync(
            Invitee.Email, m => InvitationLink().IsMatch(m.TextBody ?? string.Empty), TimeSpan.FromSeconds(30));
        Assert.Equal("Du är inbjuden till LabFlow", email.Subject);
        var link = InvitationLink().Match(email.TextBody ?? string.Empty).Value;
        Assert.StartsWith(fixture.BaseAddress.ToString(), link, StringComparison.Ordinal);

        await using var session = await fixture.NewSessionAsync(output, nameof(Invite_LetsTheNewPersonSignIn_WhenTheEmailedLinkIsFollowed));
        await session.RunAsync(async page =>
        {
            await page.GotoAsync(link);

            await Expect(page).ToHaveTitleAsync("Välj ditt lösenord – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Välj ditt lösenord");
            await AxeAssert.NoViolationsAsync(page, "The accept-invitation page");
            await page.GetByLabel("Nytt lösenord", new() { Exact = true }).FillAsync(Password);
            await page.GetByLabel("Upprepa lösenordet", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ditt lösenord är sparat. Logga in med det.");
            await AxeAssert.NoViolationsAsync(page, "The sign-in page after the password was chosen");
            await session.SignInAsync(Invitee, Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
            await Expect(page.GetByText($"Inloggad som {Invitee.Name}", new() { Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The new person's Mina uppgifter");
        });
    }

    [GeneratedRegex(@"https?://\S+/account/accept-invitation\?user=[0-9a-fA-F-]+&token=[^\s""<>]+")]
    private static partial Regex InvitationLink();
}
