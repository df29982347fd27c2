using System.Globalization;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Labs;

/// <summary>
/// The demo facilitator launches a lab through /labs/new, then runs it from the lab's page: pauses and resumes it and
/// skips an open task with a reason.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LaunchLabTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string Title = "E2E: Jämlik rekrytering";
    private const string Challenge = "Hur kan vi rekrytera mer jämlikt?";
    private const string SkipReason = "Uppdraget är redan förankrat i ledningsgruppen.";

    private static string InThirtyDays() =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task LaunchLab_ShowsTheLabThatCanBePausedResumedAndSkipped_WhenTheFormIsFilledIn()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(LaunchLab_ShowsTheLabThatCanBePausedResumedAndSkipped_WhenTheFormIsFilledIn));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Facilitator);
            await session.GotoInteractiveAsync("/labs/new");

            await Expect(page).ToHaveTitleAsync("Starta labb – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Starta labb");
            await AxeAssert.NoViolationsAsync(page, "The launch form");

            await page.GetByLabel("Flöde", new() { Exact = true }).SelectOptionAsync("social-innovation-lab");
            await page.GetByLabel("Förvaltning", new() { Exact = true }).SelectOptionAsync("grundskoleforvaltningen");
            await page.GetByLabel("Titel", new() { Exact = true }).FillAsync(Title);
            await page.GetByLabel("Utmaning", new() { Exact = true }).FillAsync(Challenge);
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Förutsättningar för arbete", Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Samordnare", Exact = true }).FillAsync(DemoPeople.Coordinator.Name.Split(' ')[0]);
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = DemoPeople.Coordinator.Name }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Valda: Samordnare", Exact = true })).ToContainTextAsync(DemoPeople.Coordinator.Name);
            await page.GetByLabel("Startdatum", new() { Exact = true }).FillAsync(InThirtyDays());
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta labb", Exact = true }).ClickAsync();

            await Expect(page).ToHaveTitleAsync($"{Title} – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Faser", Exact = true }).GetByRole(AriaRole.Listitem)).ToContainTextAsync(
            [
                "Förbereda – pågår",
                "Utforska – kommande",
                "Ta fram idéer – kommande",
                "Testa idéer – kommande",
                "Utvärdera – kommande",
                "Följa upp – kommande",
            ]);
            var status = page.Locator("#lab-status");
            await Expect(status).ToHaveTextAsync("Pågår");
            await Expect(page.Locator("#lab-people")).ToContainTextAsync($"{DemoPeople.Coordinator.Name} (samordnare)");
            await AxeAssert.NoViolationsAsync(page, "The launched lab's page");

            await page.GetByRole(AriaRole.Button, new() { Name = "Pausa labbet", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Pausa labbet", Exact = true })).ToContainTextAsync(
                "Vill du pausa labbet? Inga påminnelser eller eskaleringar går ut medan det är pausat.");
            await AxeAssert.NoViolationsAsync(page, "The lab's page asking to confirm the pause");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, pausa", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Labbet är pausat." })).ToBeFocusedAsync();
            await Expect(status).ToHaveTextAsync("Pausat");
            await AxeAssert.NoViolationsAsync(page, "The paused lab's page");

            await page.GetByRole(AriaRole.Button, new() { Name = "Återuppta labbet", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, återuppta", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Labbet är återupptaget." })).ToBeFocusedAsync();
            await Expect(status).ToHaveTextAsync("Pågår");
            await AxeAssert.NoViolationsAsync(page, "The resumed lab's page");

            var openTasks = page.GetByRole(AriaRole.Region, new() { Name = "Öppna uppgifter", Exact = true });
            var firstTask = openTasks.GetByRole(AriaRole.Row).Nth(1);
            var taskTitle = (await firstTask.GetByRole(AriaRole.Link).First.TextContentAsync())!.Trim();
            await firstTask.GetByRole(AriaRole.Button, new() { Name = $"Hoppa över {taskTitle}", Exact = true }).ClickAsync();
            await page.GetByLabel("Skäl till att steget hoppas över", new() { Exact = true }).FillAsync(SkipReason);
            await AxeAssert.NoViolationsAsync(page, "The lab's page asking for a reason to skip");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, hoppa över", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"”{taskTitle}” hoppades över." })).ToBeVisibleAsync();
            await Expect(page.Locator("#timeline").GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"hoppades över. Skäl: {SkipReason}" })).ToHaveCountAsync(1);
            await Expect(openTasks.GetByRole(AriaRole.Link, new() { Name = taskTitle, Exact = true })).ToHaveCountAsync(0);
            await AxeAssert.NoViolationsAsync(page, "The lab's page after a skip");
        });
    }

    [BrowserFact]
    public async Task LaunchLab_ShowsEveryErrorAndKeepsTheTypedValues_WhenTitleAndChallengeAreEmpty()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(LaunchLab_ShowsEveryErrorAndKeepsTheTypedValues_WhenTitleAndChallengeAreEmpty));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Facilitator);
            await session.GotoInteractiveAsync("/labs/new");
            var startDate = InThirtyDays();

            await page.GetByLabel("Flöde", new() { Exact = true }).SelectOptionAsync("social-innovation-lab");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Hållbara och jämlika livsmiljöer", Exact = true }).CheckAsync();
            await page.GetByLabel("Startdatum", new() { Exact = true }).FillAsync(startDate);
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta labb", Exact = true }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Rätta följande och försök igen" });
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Rätta följande och försök igen");
            await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(
            [
                "Ge labbet en titel.",
                "Skriv labbets utmaning, en fråga som ”Hur kan vi …?”.",
            ]);
            var title = page.GetByLabel("Titel", new() { Exact = true });
            await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(title).ToHaveAccessibleDescriptionAsync("Fel: Ge labbet en titel.");
            var challenge = page.GetByLabel("Utmaning", new() { Exact = true });
            await Expect(challenge).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(challenge).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Fel: Skriv labbets utmaning, en fråga som ”Hur kan vi …\\?”\\.$"));
            await Expect(page.GetByLabel("Flöde", new() { Exact = true })).ToHaveValueAsync("social-innovation-lab");
            await Expect(page.GetByLabel("Förvaltning", new() { Exact = true })).ToHaveValueAsync("grundskoleforvaltningen");
            await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Hållbara och jämlika livsmiljöer", Exact = true })).ToBeCheckedAsync();
            await Expect(page.GetByLabel("Startdatum", new() { Exact = true })).ToHaveValueAsync(startDate);
            await AxeAssert.NoViolationsAsync(page, "The launch form with an error summary");
        });
    }
}
