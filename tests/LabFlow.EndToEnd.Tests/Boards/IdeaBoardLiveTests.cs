using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Boards;

/// <summary>
/// A facilitator and three participants, each in a browser context of their own, on one idea board: ideas written
/// on phones appear on the facilitator's board without a reload; after the facilitator closes the board the vote
/// opens, and a participant's dot shows in the facilitator's running count without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IdeaBoardLiveTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string FlowId = "e2e-idea-board";

    private static readonly TimeSpan Live = TimeSpan.FromSeconds(15);

    private const string Flow = """
        {
          "id": "e2e-idea-board", "version": 1, "name": { "sv": "E2E idétavla", "en": "E2E idea board" },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "collect", "type": "CollectIdeas",
              "inputs": { "title": "Idéer om skolvägen", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 7 },
                          "form": [ { "key": "title", "type": "Text", "label": "Titel", "required": true },
                                    { "key": "description", "type": "LongText", "label": "Beskrivning" } ] } },
            { "id": "vote", "type": "DotVote",
              "inputs": { "title": "Rösta om skolvägen", "participants": { "role": "Participant" }, "source": "collect", "votesPerPerson": 3,
                          "closes": { "daysAfterStart": 14 } } }
          ],
          "connections": [ { "from": "start", "to": "collect" }, { "from": "collect", "to": "vote" } ]
        }
        """;

    private static readonly DemoPerson[] Participants =
    [
        // Not the demo participant: the password reset test gives that account a new password.
        DemoPeople.LabMembers.Single(p => p.Role == "HR"),
        DemoPeople.Coordinator,
        DemoPeople.LabMembers.Single(p => p.Role == "Communicator"),
    ];

    [BrowserFact]
    public async Task Board_ShowsEachParticipantsIdeaOnTheFacilitatorsBoardWithoutReload_AndTheVoteCountsLive()
    {
        var labId = await LaunchAsync();
        await using var facilitator = await fixture.NewSessionAsync(output, nameof(IdeaBoardLiveTests) + "-facilitator");
        var participants = new List<BrowserSession>();
        try
        {
            string boardUrl = string.Empty;
            await facilitator.RunAsync(async page =>
            {
                await facilitator.SignInAsync(DemoPeople.Facilitator);
                await facilitator.GotoInteractiveAsync($"/labs/{labId}");
                // The participants' board tasks carry the same title and link to their task pages; the board's own link goes to /collections.
                var link = page.GetByRole(AriaRole.Link, new() { Name = "Idéer om skolvägen", Exact = true }).And(page.Locator("a[href^='/collections/']"));
                boardUrl = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The lab page has no link to the board.");
                await facilitator.GotoInteractiveAsync(boardUrl);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Idéer om skolvägen");
                await Expect(page.Locator("#idea-count")).ToHaveTextAsync("0 idéer på tavlan");
            });

            foreach (var person in Participants)
            {
                var session = await fixture.NewSessionAsync(output, $"{nameof(IdeaBoardLiveTests)}-{person.Role}");
                participants.Add(session);
                await session.Page.SetViewportSizeAsync(390, 844);
                var idea = $"Idé från {person.Name}";
                await session.RunAsync(async page =>
                {
                    await session.SignInAsync(person);
                    await session.GotoInteractiveAsync(boardUrl);
                    await page.GetByLabel("Titel (obligatoriskt)", new() { Exact = true }).FillAsync(idea);
                    var description = page.GetByLabel("Beskrivning", new() { Exact = true });
                    await description.FillAsync("Så blir skolvägen tryggare.");

                    // The inputs hand their value to the circuit when they lose focus; leave the last one before sending.
                    await description.PressAsync("Tab");
                    await Expect(page.GetByLabel("Titel (obligatoriskt)", new() { Exact = true })).ToHaveValueAsync(idea);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Skicka idén", Exact = true }).ClickAsync();
                    await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tack! Din idé finns nu på tavlan." })).ToBeVisibleAsync();
                });

                await facilitator.RunAsync(page =>
                    Expect(page.Locator(".idea-title").Filter(new() { HasText = idea })).ToBeVisibleAsync(new() { Timeout = (float)Live.TotalMilliseconds }));
            }

            await participants[0].RunAsync(async page =>
            {
                // The first participant's board took the others' ideas in without a reload too.
                await Expect(page.Locator("#idea-count")).ToHaveTextAsync("3 idéer på tavlan", new() { Timeout = (float)Live.TotalMilliseconds });
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The board scrolls sideways at 390 px.");
                await AxeAssert.NoViolationsAsync(page, "The idea board on a phone");
            });

            string voteUrl = string.Empty;
            await facilitator.RunAsync(async page =>
            {
                await AxeAssert.NoViolationsAsync(page, "The facilitator's idea board");
                await page.GetByRole(AriaRole.Button, new() { Name = "Stäng nu", Exact = true }).ClickAsync();
                await Expect(page.Locator("#board-window")).ToHaveTextAsync("Stängd");
                await facilitator.GotoInteractiveAsync($"/labs/{labId}");
                voteUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Rösta om skolvägen", Exact = true }).And(page.Locator("a[href^='/collections/']")).GetAttributeAsync("href")
                    ?? throw new InvalidOperationException("The lab page has no link to the vote.");
                await facilitator.GotoInteractiveAsync(voteUrl);
                await Expect(page.Locator(".idea-votes")).ToHaveTextAsync(["0 prickar", "0 prickar", "0 prickar"]);
            });

            var firstIdea = $"Idé från {Participants[1].Name}";
            await participants[0].RunAsync(async page =>
            {
                await participants[0].GotoInteractiveAsync(voteUrl);
                await Expect(page.Locator("#dots-left")).ToHaveTextAsync("Du har 3 av 3 prickar kvar.");
                await page.GetByRole(AriaRole.Button, new() { Name = $"Lägg en prick på {firstIdea}", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = $"Lägg en prick på {firstIdea}", Exact = true }).ClickAsync();
                await Expect(page.Locator("#dots-left")).ToHaveTextAsync("Du har 1 av 3 prickar kvar.");
                await page.GetByRole(AriaRole.Button, new() { Name = $"Ta bort en prick från {firstIdea}", Exact = true }).ClickAsync();
                await Expect(page.Locator("#dots-left")).ToHaveTextAsync("Du har 2 av 3 prickar kvar.");
                await AxeAssert.NoViolationsAsync(page, "The dot vote on a phone");
            });

            await facilitator.RunAsync(async page =>
            {
                await Expect(page.Locator(".idea-card").Filter(new() { HasText = firstIdea }).Locator(".idea-votes"))
                    .ToHaveTextAsync("1 prick", new() { Timeout = (float)Live.TotalMilliseconds });
                await AxeAssert.NoViolationsAsync(page, "The facilitator's running count");
            });
        }
        finally
        {
            foreach (var session in participants)
            {
                await session.DisposeAsync();
            }
        }
    }

    private async Task<Guid> LaunchAsync()
    {
        using (var designer = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Designer, CancellationToken.None))
        {
            await designer.ImportFlowAsync(Flow, CancellationToken.None);
        }

        using var facilitator = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Facilitator, CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return await facilitator.LaunchAsync(
            FlowId,
            "E2E: Idétavlan",
            today,
            [(DemoPeople.Facilitator.Id, "Facilitator"), .. Participants.Select(p => (p.Id, "Participant"))],
            CancellationToken.None);
    }
}
