using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Flows;

/// <summary>
/// The demo designer builds a small flow in the designer without JSON: a new flow, a task for the coordinator role
/// chosen in the role picker, an end, connected as they are added; publishes it; walks the canvas with the arrow
/// keys; and test runs it, with axe scans of the canvas, the panel and the test run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerBuildTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string FlowId = "e2e-designed";

    [BrowserFact]
    public async Task Designer_BuildsPublishesAndTestRunsAFlow_WithoutTypingJson()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(Designer_BuildsPublishesAndTestRunsAFlow_WithoutTypingJson));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Designer);
            await session.GotoInteractiveAsync("/flows");
            await page.Locator("#new-flow-id").FillAsync(FlowId);
            await page.Locator("#new-flow-name-sv").FillAsync("E2E-flöde");
            await page.Locator("#create-flow").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("E2E-flöde");

            await page.Locator("#view-list").ClickAsync();
            await page.Locator("#edit-start").ClickAsync();
            await page.Locator("#add-UserTask").ClickAsync();
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för userTask1");
            await page.Locator("#prop-input-title-sv").FillAsync("Samla in underlag");
            await page.Locator("#prop-input-title-sv").PressAsync("Tab");
            await page.Locator("#prop-input-assignee").SelectOptionAsync("role:Coordinator");
            await page.Locator("#add-End").ClickAsync();
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för end1");
            await Expect(page.Locator("#outline-userTask1")).ToContainTextAsync("end1");

            await page.Locator("#publish").ClickAsync();
            await page.Locator("#publish-now").ClickAsync();
            await Expect(page.Locator("#designer-notice")).ToContainTextAsync("Version 1 är publicerad.");

            await page.Locator("#view-canvas").ClickAsync();
            var canvas = page.Locator("#canvas");
            await canvas.FocusAsync();
            await canvas.PressAsync("ArrowLeft");
            await canvas.PressAsync("ArrowLeft");
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för start");
            await canvas.PressAsync("ArrowRight");
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för userTask1");
            await Expect(page.Locator("#designer-notice")).ToContainTextAsync("Vald: userTask1 (Uppgift). Kopplingar vidare: Klar till end1.");
            await AxeAssert.NoViolationsAsync(page, "The designer's canvas after moving with the arrow keys");

            await page.Locator("#test-run-toggle").ClickAsync();
            await page.Locator("#test-run-go").ClickAsync();
            await Expect(page.Locator("#test-run")).ToContainTextAsync("för rollen Samordnare");
            await Expect(page.Locator(".lf-node-active")).ToHaveCountAsync(1);
            await AxeAssert.NoViolationsAsync(page, "The designer's test run");
            await page.Locator("#test-run li[data-task-activity='userTask1'] button").ClickAsync();
            await Expect(page.Locator("#test-run-status")).ToContainTextAsync("Labbet har kört till slutet.");
        });
    }
}
