using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Tasks;

/// <summary>
/// The demo coordinator does "Förankra uppdraget" of a lab launched for this test alone: opened from Mina uppgifter,
/// sent once with a required answer missing, then completed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPageTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string TaskTitle = "Förankra uppdraget";
    private const string Mandate = "Ta fram och pröva sätt att göra skolvägen tryggare; labbet föreslår, ledningsgruppen beslutar.";
    private const string TimeFrame = "februari–juni 2027";
    private const string DecisionForum = "Förvaltningens ledningsgrupp";

    [BrowserFact]
    public async Task TaskPage_ShowsTheErrorThenCompletes_WhenARequiredAnswerIsMissingAtFirst()
    {
        var lab = await fixture.LaunchLabAsync("E2E: Förankra uppdraget");
        await using var session = await fixture.NewSessionAsync(output, nameof(TaskPage_ShowsTheErrorThenCompletes_WhenARequiredAnswerIsMissingAtFirst));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Coordinator);
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = lab.Title })
                .GetByRole(AriaRole.Link, new() { Name = TaskTitle, Exact = true }).ClickAsync();

            await Expect(page).ToHaveTitleAsync($"{TaskTitle} – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(TaskTitle);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = lab.Title, Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The task page");

            await page.GetByRole(AriaRole.Combobox, new() { Name = "Uppdragsgivare i förvaltningsledningen (obligatoriskt)", Exact = true }).FillAsync("Sara");
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Sara Sponsor" }).First.ClickAsync();
            await page.GetByLabel("Uppdrag (obligatoriskt)", new() { Exact = true }).FillAsync(Mandate);
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Delaktighet, inflytande och tillit", Exact = true }).CheckAsync();
            await page.GetByLabel("Tidsram (obligatoriskt)", new() { Exact = true }).FillAsync(TimeFrame);
            await page.GetByRole(AriaRole.Button, new() { Name = "Klar", Exact = true }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "1 svar behöver rättas" });
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("1 svar behöver rättas");
            await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Beslutsforum: Fältet måste fyllas i.");
            var decisionForum = page.GetByLabel("Beslutsforum (obligatoriskt)", new() { Exact = true });
            await Expect(decisionForum).ToHaveAccessibleDescriptionAsync(new Regex("Fältet måste fyllas i\\.$"));
            await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Uppdragsgivare i förvaltningsledningen (obligatoriskt)", Exact = true })).ToHaveValueAsync("Sara Sponsor");
            await Expect(page.GetByLabel("Uppdrag (obligatoriskt)", new() { Exact = true })).ToHaveValueAsync(Mandate);
            await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Delaktighet, inflytande och tillit", Exact = true })).ToBeCheckedAsync();
            await Expect(page.GetByLabel("Tidsram (obligatoriskt)", new() { Exact = true })).ToHaveValueAsync(TimeFrame);
            await AxeAssert.NoViolationsAsync(page, "The task page with an error summary");

            await summary.GetByRole(AriaRole.Link).ClickAsync();
            await decisionForum.FillAsync(DecisionForum);
            await page.GetByRole(AriaRole.Button, new() { Name = "Klar", Exact = true }).ClickAsync();

            var notice = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uppgiften är klar. Tack!" });
            await Expect(notice).ToBeFocusedAsync();
            await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "behöver rättas" })).ToHaveCountAsync(0);
            await AxeAssert.NoViolationsAsync(page, "The completed task page");
        });
    }
}
