using System.Text.Json;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Flows;

/// <summary>
/// Issue 12: at 1366×768, fit to screen shows every node of the largest shipped flow (<i>Socialt innovationslabb</i>)
/// inside the canvas and in the window, clear of the overview, with every node's title at least 12 px high.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerFitTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    // Each node: whether it stands wholly in the canvas, the window and clear of the navigator, and its shown title's height in px.
    private const string MeasureNodes = """
        () => {
          const canvas = document.querySelector('#canvas').getBoundingClientRect();
          const navigator = document.querySelector('#canvas .lf-navigator')?.getBoundingClientRect();
          return [...document.querySelectorAll('#canvas .lf-node')].map(node => {
            const box = node.getBoundingClientRect();
            const title = ['.lf-node-overview', '.lf-node-title'].map(c => node.querySelector(c)).find(e => getComputedStyle(e).display !== 'none');
            const underNavigator = navigator && box.left < navigator.right && navigator.left < box.right && box.top < navigator.bottom && navigator.top < box.bottom;
            const inside = box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom
              && box.top >= 0 && box.bottom <= window.innerHeight && !underNavigator;
            return { id: node.dataset.activityId, inside, title: parseFloat(getComputedStyle(title).fontSize) * box.width / node.offsetWidth };
          });
        }
        """;

    [BrowserFact]
    public async Task FitToScreen_ShowsEveryNodeWithReadableTitles_ForTheLargestShippedFlowAt1366x768()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(FitToScreen_ShowsEveryNodeWithReadableTitles_ForTheLargestShippedFlowAt1366x768));
        await session.RunAsync(async page =>
        {
            await page.SetViewportSizeAsync(1366, 768);
            await session.SignInAsync(DemoPeople.Designer);
            await session.GotoInteractiveAsync("/flows/social-innovation-lab/design");
            await page.Locator("#toggle-toolbox").ClickAsync();
            await page.Locator("#toggle-panel").ClickAsync();
            // The shipped flow is saved as automatic layout arranges it (phases wrapped into rows), so fit alone shows it.
            await page.Locator("#zoom-fit").ClickAsync();
            await Expect(page.Locator("#canvas.lf-zoomed-out")).ToHaveCountAsync(1);
            await page.Locator("#canvas").ScrollIntoViewIfNeededAsync();

            var nodes = (await page.EvaluateAsync<JsonElement>(MeasureNodes)).EnumerateArray()
                .Select(n => (Id: n.GetProperty("id").GetString()!, Inside: n.GetProperty("inside").GetBoolean(), Title: n.GetProperty("title").GetDouble()))
                .ToList();

            // The shipped lab flow has 43 activities; a few more or fewer must not break this test.
            Assert.InRange(nodes.Count, 40, 60);
            Assert.Empty(nodes.Where(n => !n.Inside).Select(n => n.Id));
            Assert.Empty(nodes.Where(n => n.Title < 12).Select(n => $"{n.Id}: {n.Title:0.0} px"));
        });
    }
}
