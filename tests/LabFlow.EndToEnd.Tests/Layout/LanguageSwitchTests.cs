using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Layout;

/// <summary>The language switch in the page header: Swedish first, English on request, kept by the culture cookie.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task LanguageSwitch_ShowsTheUiInEnglish_WhenEnglishIsChosen()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(LanguageSwitch_ShowsTheUiInEnglish_WhenEnglishIsChosen));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Coordinator);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");

            await session.InteractiveAfterAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync());

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page).ToHaveTitleAsync("My tasks – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My tasks");
            await Expect(page.GetByText($"Signed in as {DemoPeople.Coordinator.Name}", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = fixture.Lab.Title })
                .GetByRole(AriaRole.Link, new() { Name = "Secure the mandate", Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "My tasks in English");

            await session.InteractiveAfterAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Svenska", Exact = true }).ClickAsync());

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
        });
    }
}
