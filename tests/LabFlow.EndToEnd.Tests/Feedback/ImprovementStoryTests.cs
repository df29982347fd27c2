using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Feedback;

/// <summary>
/// Improved by its users, in the browser: the demo coordinator rates "Förankra uppdraget" low and suggests an
/// improvement; the demo designer sees the step marked on the designer's canvas and the suggestion in the flow's
/// inbox, and replies; the reply reaches the coordinator by email (the Host's mail pickup folder).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImprovementStoryTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string FlowId = "social-innovation-lab";
    private const string TaskTitle = "Förankra uppdraget";
    private const string Suggestion = "Ge förankringen två veckor till, ledningsgruppen möts bara varannan vecka.";
    private const string Reply = "Tack! Vi förlänger steget i nästa version av flödet.";

    [BrowserFact]
    public async Task Story_ReachesTheCoordinatorByEmail_WhenTheDesignerRepliesToTheirSuggestion()
    {
        var lab = await fixture.LaunchLabAsync("E2E: Återkoppling på steg");
        await using (var coordinator = await fixture.NewSessionAsync(output, nameof(Story_ReachesTheCoordinatorByEmail_WhenTheDesignerRepliesToTheirSuggestion) + "-coordinator"))
        {
            await coordinator.RunAsync(async page =>
            {
                await coordinator.SignInAsync(DemoPeople.Coordinator);
                await page.GetByRole(AriaRole.Row).Filter(new() { HasText = lab.Title })
                    .GetByRole(AriaRole.Link, new() { Name = TaskTitle, Exact = true }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Återkoppling på steget", Exact = true })).ToBeVisibleAsync();

                await page.Locator("#feedback-rating-2").CheckAsync();
                await page.Locator("#feedback-did-not-work").FillAsync("För kort tid före ledningsgruppens möte");
                await page.Locator("#feedback-did-not-work").PressAsync("Tab");
                await page.GetByRole(AriaRole.Button, new() { Name = "Spara återkoppling", Exact = true }).ClickAsync();
                await Expect(page.Locator("#feedback-notice")).ToHaveTextAsync("Tack! Din återkoppling är sparad.");

                await page.Locator("#suggestion-text").FillAsync(Suggestion);
                await page.Locator("#suggestion-text").PressAsync("Tab");
                await page.GetByRole(AriaRole.Button, new() { Name = "Skicka förslaget", Exact = true }).ClickAsync();
                await Expect(page.Locator("#suggestion-notice")).ToHaveTextAsync("Tack! Förslaget har skickats till projektteamet.");
                await AxeAssert.NoViolationsAsync(page, "The task page after feedback");
            });
        }

        await using (var designer = await fixture.NewSessionAsync(output, nameof(Story_ReachesTheCoordinatorByEmail_WhenTheDesignerRepliesToTheirSuggestion) + "-designer"))
        {
            await designer.RunAsync(async page =>
            {
                await designer.SignInAsync(DemoPeople.Designer);
                await designer.GotoInteractiveAsync($"/flows/{FlowId}/design");
                await page.GetByRole(AriaRole.Button, new() { Name = "Visa stegstatistik på duken", Exact = true }).ClickAsync();
                var row = page.Locator("#heat-secureMandate");
                await Expect(row.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("Behöver ses över");
                await Expect(page.Locator(".lf-node[data-activity-id=\"secureMandate\"]")).ToHaveCSSAsync("border-top-style", "double");

                await designer.GotoInteractiveAsync($"/flows/{FlowId}/inbox");
                var item = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Suggestion });
                await item.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Planerat" });
                await item.Locator("textarea").FillAsync(Reply);
                await item.Locator("textarea").PressAsync("Tab");
                await item.GetByRole(AriaRole.Button, new() { Name = "Spara och skicka svaret", Exact = true }).ClickAsync();
                await Expect(page.Locator("#inbox-notice")).ToHaveTextAsync("Sparat. Ett svar skickas med e-post.");
                await AxeAssert.NoViolationsAsync(page, "The inbox after a reply");
            });
        }

        var email = await fixture.Mail.WaitForMessageToAsync(
            DemoPeople.Coordinator.Email, m => m.Subject == $"Svar på ditt förbättringsförslag till flödet {FlowId}", TimeSpan.FromSeconds(60));
        Assert.Contains(Reply, email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Förslaget är nu: planerat.", email.TextBody, StringComparison.Ordinal);
    }
}
