using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Account;

/// <summary>Signing in and out through the pages, as the demo coordinator, and what a signed-out visitor meets.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SignInTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SignIn_ShowsTheFailureThenMyTasks_WhenTheFirstPasswordIsWrong()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(SignIn_ShowsTheFailureThenMyTasks_WhenTheFirstPasswordIsWrong));
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/account/login");
            await Expect(page).ToHaveTitleAsync("Logga in – LabFlow");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");
            await AxeAssert.NoViolationsAsync(page, "The login page");

            await page.GetByLabel("E-postadress", new() { Exact = true }).FillAsync(DemoPeople.Coordinator.Email);
            await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync("fel-lösenord-2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();

            var summary = page.Locator(".error-summary");
            await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Rätta följande och försök igen");
            await Expect(summary.Locator("li")).ToHaveTextAsync("E-postadressen eller lösenordet är fel, eller så kan kontot inte logga in just nu. Efter fem misslyckade försök spärras kontot i 15 minuter; välj ett nytt lösenord med ”Glömt lösenordet?” om du behöver.");
            await Expect(summary).ToBeFocusedAsync();
            await Expect(page.GetByLabel("E-postadress", new() { Exact = true })).ToHaveValueAsync(DemoPeople.Coordinator.Email);
            await AxeAssert.NoViolationsAsync(page, "The login page after a wrong password");

            await session.SignInAsync(DemoPeople.Coordinator);

            await Expect(page).ToHaveURLAsync(MyTasksUrl());
            await Expect(page).ToHaveTitleAsync("Mina uppgifter – LabFlow");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
            await Expect(page.GetByText($"Inloggad som {DemoPeople.Coordinator.Name}", new() { Exact = true })).ToBeVisibleAsync();
            var labRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = fixture.Lab.Title });
            await Expect(labRow.GetByRole(AriaRole.Link, new() { Name = "Förankra uppdraget", Exact = true })).ToBeVisibleAsync();
            await Expect(labRow.GetByRole(AriaRole.Cell, new() { Name = "Förbereda", Exact = true })).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "Mina uppgifter");
        });
    }

    [BrowserFact]
    public async Task Tasks_RedirectsToTheLoginPage_WhenNotSignedIn()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(Tasks_RedirectsToTheLoginPage_WhenNotSignedIn));
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/tasks");

            await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Ftasks$", RegexOptions.IgnoreCase));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");
        });
    }

    [BrowserFact]
    public async Task SignOut_ReturnsToTheLoginPageAndEndsTheSession_WhenSignedIn()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(SignOut_ReturnsToTheLoginPageAndEndsTheSession_WhenSignedIn));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Coordinator);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");

            await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");
            await page.GotoAsync("/tasks");
            await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Ftasks$", RegexOptions.IgnoreCase));
        });
    }

    [GeneratedRegex("/(tasks)?$")]
    private static partial Regex MyTasksUrl();
}
