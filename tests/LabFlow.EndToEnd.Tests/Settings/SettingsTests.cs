using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Settings;

/// <summary>
/// Personal settings as the demo communicator, whom no other browser test signs in as: the language stored on the
/// person, and a personal access token created, shown once and revoked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string TokenName = "E2E veckoexport";

    private static readonly DemoPerson Communicator = DemoPeople.LabMembers.Single(p => p.Role == "Communicator");

    [BrowserFact]
    public async Task Settings_ShowsTheUiInEnglishThenSwedish_WhenTheLanguageIsSaved()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(Settings_ShowsTheUiInEnglishThenSwedish_WhenTheLanguageIsSaved));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(Communicator);
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny", Exact = true });
            // The menu navigates inside the page's circuit (interactive routing): no new circuit starts.
            await navigation.GetByRole(AriaRole.Link, new() { Name = "Inställningar", Exact = true }).ClickAsync();

            await Expect(page).ToHaveTitleAsync("Inställningar – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inställningar");
            await AxeAssert.NoViolationsAsync(page, "The settings page");

            await page.GetByRole(AriaRole.Radio, new() { Name = "English", Exact = true }).CheckAsync();
            await session.InteractiveAfterAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Spara språket", Exact = true }).ClickAsync());

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page).ToHaveTitleAsync("Settings – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Settings");
            var englishNavigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu", Exact = true });
            await Expect(englishNavigation.GetByRole(AriaRole.Link, new() { Name = "My tasks", Exact = true })).ToBeVisibleAsync();
            await Expect(englishNavigation.GetByRole(AriaRole.Link, new() { Name = "Labs", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "English", Exact = true })).ToBeCheckedAsync();
            await AxeAssert.NoViolationsAsync(page, "The settings page in English");

            await page.GetByRole(AriaRole.Radio, new() { Name = "Svenska", Exact = true }).CheckAsync();
            await session.InteractiveAfterAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save the language", Exact = true }).ClickAsync());

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inställningar");
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Mina uppgifter", Exact = true })).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public async Task Settings_ShowsATokenOnceThenRevokesIt_WhenATokenIsCreated()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(Settings_ShowsATokenOnceThenRevokesIt_WhenATokenIsCreated));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(Communicator);
            await session.GotoInteractiveAsync("/settings");

            await page.GetByLabel("Namn på token", new() { Exact = true }).FillAsync(TokenName);
            await page.GetByRole(AriaRole.Button, new() { Name = "Skapa token", Exact = true }).ClickAsync();

            var newToken = page.Locator("#new-token");
            await Expect(newToken).ToBeFocusedAsync();
            await Expect(newToken.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Din nya token");
            var value = newToken.GetByLabel($"Token ”{TokenName}”", new() { Exact = true });
            await Expect(value).ToHaveAccessibleDescriptionAsync("Kopiera den nu och spara den på ett säkert ställe. Den visas bara den här gången.");
            var token = await value.InputValueAsync();
            Assert.True(token.Length >= 32, $"The token shown is too short to be a secret: {token.Length} characters.");
            var tokens = page.GetByRole(AriaRole.Table, new() { Name = "Dina token", Exact = true });
            var row = tokens.GetByRole(AriaRole.Row).Filter(new() { HasText = TokenName });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).Not.ToContainTextAsync(token);
            await AxeAssert.NoViolationsAsync(page, "The settings page showing a new token");

            await session.GotoInteractiveAsync("/settings");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(page.Locator("#new-token")).ToHaveCountAsync(0);
            Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

            await row.GetByRole(AriaRole.Button, new() { Name = $"Återkalla token ”{TokenName}”", Exact = true }).ClickAsync();
            var confirm = page.GetByRole(AriaRole.Alertdialog);
            await Expect(confirm).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The settings page asking to confirm the revocation");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Ja, återkalla", Exact = true }).ClickAsync();

            await Expect(page.Locator("#settings-notice")).ToHaveTextAsync($"Token ”{TokenName}” är återkallad.");
            await Expect(page.GetByText("Du har inga token.", new() { Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The settings page after the revocation");
        });
    }
}
