using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Labs;

/// <summary>The labs list and a lab's page, reached through the menu as the demo coordinator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LabPagesTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string DemoLabTitle = "Demo: Jämlik schemaläggning";

    [BrowserFact]
    public async Task LabPage_ShowsThePhaseProgress_WhenOpenedFromTheLabsList()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(LabPage_ShowsThePhaseProgress_WhenOpenedFromTheLabsList));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Coordinator);

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Labb", Exact = true }).ClickAsync();

            await Expect(page).ToHaveTitleAsync("Labb – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Labb");
            var demoRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = DemoLabTitle });
            await Expect(demoRow.GetByRole(AriaRole.Cell, new() { Name = "Utforska", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = fixture.Lab.Title })
                .GetByRole(AriaRole.Cell, new() { Name = "Förbereda", Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The labs list");

            await demoRow.GetByRole(AriaRole.Link, new() { Name = DemoLabTitle, Exact = true }).ClickAsync();

            await Expect(page).ToHaveTitleAsync($"{DemoLabTitle} – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoLabTitle);
            var phases = page.GetByRole(AriaRole.Region, new() { Name = "Faser", Exact = true }).GetByRole(AriaRole.Listitem);
            // The state symbol before each name is aria-hidden; the words carry the state.
            await Expect(phases).ToContainTextAsync(
            [
                "Förbereda – klar",
                "Utforska – pågår",
                "Ta fram idéer – kommande",
                "Testa idéer – kommande",
                "Utvärdera – kommande",
                "Följa upp – kommande",
            ]);
            await AxeAssert.NoViolationsAsync(page, "The demo lab's page");
        });
    }
}
