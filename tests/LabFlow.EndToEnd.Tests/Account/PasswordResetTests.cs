using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Account;

/// <summary>
/// A forgotten password, end to end: asked for on the page, the link read from the email the Host sent, a new
/// password chosen, and signed in with it. Uses the demo participant, whom no other browser test signs in as.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PasswordResetTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string NewPassword = "kaffe cykel regn fönster";

    private static readonly DemoPerson Participant = DemoPeople.LabMembers.Single(p => p.Role == "Participant");

    [BrowserFact]
    public async Task ForgotPassword_LetsThePersonSignInWithANewPassword_WhenTheEmailedLinkIsFollowed()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(ForgotPassword_LetsThePersonSignInWithANewPassword_WhenTheEmailedLinkIsFollowed));
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/account/login");
            await page.GetByRole(AriaRole.Link, new() { Name = "Glömt lösenordet?", Exact = true }).ClickAsync();

            await Expect(page).ToHaveTitleAsync("Glömt lösenordet – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Glömt lösenordet");
            await AxeAssert.NoViolationsAsync(page, "The forgotten-password page");
            await page.GetByLabel("E-postadress", new() { Exact = true }).FillAsync(Participant.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Skicka länken", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
                "Om e-postadressen hör till ett konto i LabFlow är en länk för att välja nytt lösenord på väg. Titta i din inkorg.");

            var email = await fixture.Mail.WaitForMessageToAsync(
                Participant.Email, m => ResetLink().IsMatch(m.TextBody ?? string.Empty), TimeSpan.FromSeconds(30));
            var link = ResetLink().Match(email.TextBody ?? string.Empty).Value;
            Assert.StartsWith(fixture.BaseAddress.ToString(), link, StringComparison.Ordinal);
            await page.GotoAsync(link);

            await Expect(page).ToHaveTitleAsync("Välj ett nytt lösenord – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Välj ett nytt lösenord");
            await AxeAssert.NoViolationsAsync(page, "The new-password page");
            await page.GetByLabel("Nytt lösenord", new() { Exact = true }).FillAsync(NewPassword);
            await page.GetByLabel("Upprepa lösenordet", new() { Exact = true }).FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ditt lösenord är sparat. Logga in med det.");
            await session.SignInAsync(Participant, NewPassword);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
            await Expect(page.GetByText($"Inloggad som {Participant.Name}", new() { Exact = true })).ToBeVisibleAsync();
        });
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?user=[0-9a-fA-F-]+&token=[^\s""<>]+")]
    private static partial Regex ResetLink();
}
