using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Flows;

/// <summary>
/// Issue 12's story: the demo designer builds a flow from an empty one with the editors only (no <i>Avancerat</i>, no
/// JSON): two phases, a task for the coordinator role with a four-field form due five working days after the start and
/// a reminder two days before, a phase gate for the sponsor and an end; validates, fixes the error the designer shows
/// and publishes. The facilitator launches a lab on it and the coordinator completes the task with the form the
/// designer's preview showed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerStoryTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string FlowId = "e2e-story";
    private const string LabTitle = "E2E: Ett flöde från designern";
    private const string TaskTitle = "Samla in underlag";

    // The form's four fields: (type, Swedish label).
    private static readonly (string Type, string Label)[] Fields =
    [
        ("Text", "Vad vet vi redan?"),
        ("Choice", "Hur brådskande är det?"),
        ("Date", "När ska beslutet fattas?"),
        ("Rating", "Hur tydligt är uppdraget?"),
    ];

    [BrowserFact]
    public async Task Designer_BuildsAFlowALabRunsOn_WithTheEditorsOnly()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(Designer_BuildsAFlowALabRunsOn_WithTheEditorsOnly));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Designer);
            await session.GotoInteractiveAsync("/flows");
            await page.Locator("#new-flow-id").FillAsync(FlowId);
            await page.Locator("#new-flow-name-sv").FillAsync("E2E: Underlag och beslut");
            await page.Locator("#create-flow").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("E2E: Underlag och beslut");

            // Two phases, in the flow's settings.
            await page.Locator("#flow-settings-toggle").ClickAsync();
            string[] phases = ["Förbereda", "Besluta"];
            for (var i = 0; i < phases.Length; i++)
            {
                await page.Locator("#settings-new-phase").FillAsync(phases[i]);
                await page.Locator("#settings-new-phase").PressAsync("Tab");
                await page.Locator("#settings-add-phase").ClickAsync();
                await Expect(page.Locator($"#settings-phase-{i}-sv")).ToHaveValueAsync(phases[i]);
            }

            // The task after the start, in the first phase; its assignee is left out on purpose (validation finds it).
            await page.Locator("#view-list").ClickAsync();
            await page.Locator("#edit-start").ClickAsync();
            await page.Locator("#add-UserTask").ClickAsync();
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för userTask1");
            await page.Locator("#prop-input-title-sv").FillAsync(TaskTitle);
            await page.Locator("#prop-input-title-sv").PressAsync("Tab");
            await page.Locator("#prop-phase").SelectOptionAsync("forbereda");
            for (var i = 0; i < Fields.Length; i++)
            {
                await page.Locator("#prop-input-form-new-type").SelectOptionAsync(Fields[i].Type);
                await page.Locator("#prop-input-form-add").ClickAsync();
                await page.Locator($"#prop-input-form-{i}-label-sv").FillAsync(Fields[i].Label);
                await page.Locator($"#prop-input-form-{i}-label-sv").PressAsync("Tab");
            }

            await page.Locator("#prop-input-form-1-options-0-label-sv").FillAsync("Mycket");
            await page.Locator("#prop-input-form-1-options-0-label-sv").PressAsync("Tab");
            await page.Locator("#prop-input-form-1-options-1-label-sv").FillAsync("Lite");
            await page.Locator("#prop-input-form-1-options-1-label-sv").PressAsync("Tab");
            var preview = page.Locator("#prop-input-form-preview");
            foreach (var (_, label) in Fields)
            {
                await Expect(preview).ToContainTextAsync(label);
            }

            await Expect(preview.GetByRole(AriaRole.Radio, new() { Name = "Mycket", Exact = true })).ToHaveCountAsync(1);

            await page.Locator("#prop-input-due-mode").SelectOptionAsync("afterStart");
            await page.Locator("#prop-input-due-amount").FillAsync("5");
            await page.Locator("#prop-input-due-amount").PressAsync("Tab");
            await page.Locator("#prop-input-due-unit").SelectOptionAsync("workingDays");
            await Expect(page.Locator("#prop-input-due-example")).ToContainTextAsync("Exempel: med start");
            await page.Locator("#prop-input-reminders-add").ClickAsync();
            await page.Locator("#prop-input-reminders-0").FillAsync("2");
            await page.Locator("#prop-input-reminders-0").PressAsync("Tab");

            // The phase gate after the task, for the sponsor, in the second phase; then the end after the gate.
            await page.Locator("#add-PhaseGate").ClickAsync();
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för phaseGate1");
            await page.Locator("#prop-input-title-sv").FillAsync("Beslut om fortsättning");
            await page.Locator("#prop-input-title-sv").PressAsync("Tab");
            await page.Locator("#prop-phase").SelectOptionAsync("besluta");
            await page.Locator("#prop-input-approver").SelectOptionAsync("role:Sponsor");
            await page.Locator("#add-End").ClickAsync();
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för end1");
            await Expect(page.Locator("#outline-phaseGate1")).ToContainTextAsync("end1");

            // Validation names the missing assignee; its button opens the task's panel, where the role picker fixes it.
            await page.Locator("#validate").ClickAsync();
            var issue = page.Locator("#flow-issues li").Filter(new() { HasText = "userTask1" });
            await Expect(issue).ToContainTextAsync("saknar Ansvarig, som måste fyllas i");
            await issue.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.Locator("#properties-title")).ToHaveTextAsync("Egenskaper för userTask1");
            await page.Locator("#prop-input-assignee").SelectOptionAsync("role:Coordinator");
            await page.Locator("#validate").ClickAsync();
            await Expect(page.Locator("#designer-notice")).ToHaveTextAsync("Flödet har inga fel och kan publiceras.");

            await page.Locator("#publish").ClickAsync();
            await page.Locator("#publish-now").ClickAsync();
            await Expect(page.Locator("#designer-notice")).ToContainTextAsync("Version 1 är publicerad.");

            // The facilitator launches a lab on the new flow (through the API, as the other stories arrange labs).
            using (var facilitator = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Facilitator, CancellationToken.None))
            {
                var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
                await facilitator.LaunchAsync(FlowId, LabTitle, today.AddDays(30), DemoPeople.LabMembers.Select(p => (p.Id, p.Role)), CancellationToken.None);
            }

            // The coordinator completes the task with the form the preview showed.
            await page.Context.ClearCookiesAsync();
            await session.SignInAsync(DemoPeople.Coordinator);
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = LabTitle })
                .GetByRole(AriaRole.Link, new() { Name = TaskTitle, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(TaskTitle);
            await page.GetByLabel(Fields[0].Label, new() { Exact = true }).FillAsync("Skolorna har redan kartlagt skolvägarna.");
            await page.GetByRole(AriaRole.Group, new() { Name = Fields[1].Label, Exact = true })
                .GetByRole(AriaRole.Radio, new() { Name = "Mycket", Exact = true }).CheckAsync();
            await page.GetByLabel(Fields[2].Label, new() { Exact = true }).FillAsync(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Group, new() { Name = Fields[3].Label, Exact = true })
                .GetByRole(AriaRole.Radio, new() { Name = "4 av 5", Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Klar", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uppgiften är klar. Tack!" })).ToBeVisibleAsync();
        });
    }
}
