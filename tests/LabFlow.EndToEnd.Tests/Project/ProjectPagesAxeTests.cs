using System.Net;
using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Project;

/// <summary>
/// The project's own pages in a real browser, with axe: a guest's survey page opened from the personal link in the
/// email (on a phone, 390 px wide, without an account), then the conference's register page, the Settings page's
/// register section and <c>/project</c> as the facilitator. One story, one browser context per person.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ProjectPagesAxeTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task ProjectPages_HaveNoAxeViolations_FromTheGuestsSurveyLinkToTheProjectDashboard()
    {
        // Arrange: a conference with a guest who has an email address; the facilitator sends the evaluation's links.
        using var api = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Facilitator, CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var conference = await api.LaunchAsync("equality-conference", "E2E: Jämlikhetskonferensen", today, [(DemoPeople.Facilitator.Id, "Facilitator")], CancellationToken.None);
        var guestEmail = $"gast.{Guid.NewGuid():N}@example.se";
        await api.PostAsync($"/api/v1/labs/{conference}/guests", new { name = "Gun Gästsson", organisation = "Länsstyrelsen", email = guestEmail }, HttpStatusCode.Created, CancellationToken.None);
        await api.PostAsync($"/api/v1/labs/{conference}/surveys/survey/links", null, HttpStatusCode.OK, CancellationToken.None);
        var email = await fixture.Mail.WaitForMessageToAsync(guestEmail, m => m.Subject?.StartsWith("Din enkät", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(60));
        var token = LinkToken().Match(email.TextBody ?? string.Empty).Groups[1].Value;

        // Act and Assert: the guest, on a phone, without an account.
        await using (var guest = await fixture.NewSessionAsync(output, nameof(ProjectPages_HaveNoAxeViolations_FromTheGuestsSurveyLinkToTheProjectDashboard) + "-guest"))
        {
            await guest.RunAsync(async page =>
            {
                await page.SetViewportSizeAsync(390, 844);
                await guest.GotoInteractiveAsync($"/survey/{token}");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Utvärdera konferensen", Level = 1 })).ToBeVisibleAsync();
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The survey page scrolls sideways at 390 px.");
                await AxeAssert.NoViolationsAsync(page, "The survey page at 390 px");

                await page.GetByRole(AriaRole.Button, new() { Name = "Skicka svaren", Exact = true }).ClickAsync();
                await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
                await AxeAssert.NoViolationsAsync(page, "The survey page with its error summary at 390 px");
            });
        }

        // The facilitator's pages.
        await using var facilitator = await fixture.NewSessionAsync(output, nameof(ProjectPages_HaveNoAxeViolations_FromTheGuestsSurveyLinkToTheProjectDashboard));
        await facilitator.RunAsync(async page =>
        {
            await facilitator.SignInAsync(DemoPeople.Facilitator);
            await facilitator.GotoInteractiveAsync($"/labs/{conference}/register");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enkät via personlig länk", Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The conference's register page");

            await facilitator.GotoInteractiveAsync("/settings");
            await Expect(page.Locator("#register-profile")).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The Settings page with its register section");

            await facilitator.GotoInteractiveAsync("/project");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The project dashboard");
        });
    }

    [GeneratedRegex(@"/survey/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkToken();
}
