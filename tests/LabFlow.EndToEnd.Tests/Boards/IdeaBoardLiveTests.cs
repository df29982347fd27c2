using System.Text.RegularExpressions;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Boards;

/// <summary>
/// The issue's story in the browser: a facilitator and six participants, each in a browser context of their own, on
/// one idea board. Ideas written on phones appear on the facilitator's board without a reload; the facilitator groups
/// two under a theme and closes the board; everyone votes and the facilitator's running count follows without a
/// reload; the facilitator closes the vote and the prioritisation task opens pre-filled with the ranking. Every page
/// state is scanned with axe at 390 px and at 1366 px (the viewport is resized, never reloaded).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IdeaBoardLiveTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string FlowId = "e2e-idea-board";

    private const string LabTitle = "E2E: Idétavlan";

    private const string PrioritiseTitle = "Prioritera skolvägsidéerna";

    private const string Theme = "Trafik";

    private const float Live = 15_000;

    private const string Flow = """
        {
          "id": "e2e-idea-board", "version": 1, "name": { "sv": "E2E idétavla", "en": "E2E idea board" },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "collect", "type": "CollectIdeas",
              "inputs": { "title": "Idéer om skolvägen", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 7 },
                          "form": [ { "key": "title", "type": "Text", "label": "Titel", "required": true },
                                    { "key": "description", "type": "LongText", "label": "Beskrivning" },
                                    { "key": "photo", "type": "File", "label": "Foto" } ] } },
            { "id": "vote", "type": "DotVote",
              "inputs": { "title": "Rösta om skolvägen", "participants": { "role": "Participant" }, "source": "collect", "votesPerPerson": 3,
                          "closes": { "daysAfterStart": 14 } } },
            { "id": "prioritise", "type": "UserTask",
              "inputs": { "title": "Prioritera skolvägsidéerna", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 21 },
                          "form": [ { "key": "ideas", "type": "Group", "label": "Prioriterade idéer", "required": true,
                                      "initial": { "js": "(tasks.vote.ranking || []).map(function (row) { return { idea: row.idea.title, votes: row.votes }; })" },
                                      "fields": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true },
                                                  { "key": "votes", "type": "Number", "label": "Röster", "min": 0 } ] } ] } }
          ],
          "connections": [ { "from": "start", "to": "collect" }, { "from": "collect", "to": "vote" }, { "from": "vote", "to": "prioritise" } ]
        }
        """;

    /// <summary>
    /// Six participants: every demo person but the facilitator and Per Participant (the password reset test gives that
    /// account a new password).
    /// </summary>
    private static readonly DemoPerson[] Participants =
    [
        DemoPeople.LabMembers.Single(p => p.Role == "HR"),
        DemoPeople.Coordinator,
        DemoPeople.LabMembers.Single(p => p.Role == "Communicator"),
        DemoPeople.LabMembers.Single(p => p.Role == "Sponsor"),
        DemoPeople.Admin,
        DemoPeople.Designer,
    ];

    /// <summary>One idea per participant, in the order of <see cref="Participants"/>.</summary>
    private static readonly string[] Ideas =
    [
        "Fler vuxna vid övergångsstället",
        "Gångbuss från busshållplatsen",
        "Bättre belysning i parken",
        "Lägre fart vid skolan",
        "Cykelbana hela vägen",
        "Karta över trygga vägar",
    ];

    /// <summary>An 8 × 8 red PNG, as a phone's photo would be sent (the server checks the bytes, not the name).</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4oaGBFTEMLQkAgl1GAWqNFmsAAAAASUVORK5CYII=");

    [BrowserFact]
    public async Task Board_ShowsSixParticipantsIdeasAndDotsLiveOnTheFacilitatorsBoard_AndPrioritiseStartsFromTheRanking()
    {
        var labId = await LaunchAsync();
        var sessions = await Task.WhenAll(
            Enumerable.Range(0, Participants.Length + 1)
                .Select(i => fixture.NewSessionAsync(output, $"{nameof(IdeaBoardLiveTests)}-{(i == 0 ? "Facilitator" : Participants[i - 1].Role)}")));
        var facilitator = sessions[0];
        var participants = sessions[1..];
        try
        {
            await Task.WhenAll(participants.Select(p => p.Page.SetViewportSizeAsync(390, 844)));

            // Circuits start one at a time: seven at once on two busy cores outwait the interactive timeout.
            for (var i = 0; i < sessions.Length; i++)
            {
                var session = sessions[i];
                var person = i == 0 ? DemoPeople.Facilitator : Participants[i - 1];
                await session.RunAsync(_ => session.SignInAsync(person));
            }

            var boardUrl = await LinkOnLabPageAsync(facilitator, labId, "Idéer om skolvägen");
            await facilitator.RunAsync(async page =>
            {
                await facilitator.GotoInteractiveAsync(boardUrl);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Idéer om skolvägen");
                await Expect(page.Locator("#idea-count")).ToHaveTextAsync("0 idéer på tavlan");
            });

            foreach (var session in participants)
            {
                await session.RunAsync(_ => session.GotoInteractiveAsync(boardUrl));
            }

            // Everyone writes at once, as in the room; the first participant adds a photo of the whiteboard.
            await Task.WhenAll(participants.Select((session, i) => session.RunAsync(async page =>
            {
                if (i == 0)
                {
                    await page.GetByLabel("Foto", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "whiteboard.png", MimeType = "image/png", Buffer = Png });
                    // An idea's photo is stored under a neutral name, not the phone's file name.
                    await Expect(page.Locator(".lf-file-chosen .lf-attachment-link")).ToHaveTextAsync(new Regex(@"^bild-[0-9a-f]+\.png$"));
                }

                await page.GetByLabel("Titel (obligatoriskt)", new() { Exact = true }).FillAsync(Ideas[i]);
                var description = page.GetByLabel("Beskrivning", new() { Exact = true });
                await description.FillAsync("Så blir skolvägen tryggare.");

                // The inputs hand their value to the circuit when they lose focus; leave the last one before sending.
                await description.PressAsync("Tab");
                await Expect(page.GetByLabel("Titel (obligatoriskt)", new() { Exact = true })).ToHaveValueAsync(Ideas[i]);
                await page.GetByRole(AriaRole.Button, new() { Name = "Skicka idén", Exact = true }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tack! Din idé finns nu på tavlan." })).ToBeVisibleAsync();
            })));

            await facilitator.RunAsync(async page =>
            {
                foreach (var idea in Ideas)
                {
                    await Expect(page.Locator(".idea-title").Filter(new() { HasText = idea })).ToBeVisibleAsync(new() { Timeout = Live });
                }

                await Expect(page.Locator("#idea-count")).ToHaveTextAsync("6 idéer på tavlan");

                // The photo came through the upload, the type check and the thumbnail: the facilitator's browser shows the picture.
                var photo = page.Locator(".idea-card").Filter(new() { HasText = Ideas[0] }).Locator(".idea-photo img");
                await Expect(photo).ToBeVisibleAsync();
                await Expect(photo).ToHaveJSPropertyAsync("complete", true);
                Assert.True(await photo.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The idea's photo has no thumbnail to show.");
            });

            await participants[0].RunAsync(async page =>
            {
                // A participant's board took the others' ideas in without a reload too.
                await Expect(page.Locator("#idea-count")).ToHaveTextAsync("6 idéer på tavlan", new() { Timeout = Live });
                await AxeAtBothWidthsAsync(page, "The idea board of a participant");
            });

            await facilitator.RunAsync(async page =>
            {
                await AxeAtBothWidthsAsync(page, "The facilitator's idea board");
                foreach (var idea in new[] { Ideas[0], Ideas[3] })
                {
                    var theme = page.GetByRole(AriaRole.Textbox, new() { Name = $"Tema för {idea}", Exact = true });
                    await theme.FillAsync(Theme);
                    await theme.PressAsync("Tab");
                    await page.GetByRole(AriaRole.Button, new() { Name = $"Spara tema för {idea}", Exact = true }).ClickAsync();
                    await Expect(page.Locator($"h3.board-theme:text-is('{Theme}') + ul .idea-card .idea-title").Filter(new() { HasText = idea })).ToBeVisibleAsync();
                }

                await Expect(page.Locator($"h3.board-theme:text-is('{Theme}') + ul .idea-card")).ToHaveCountAsync(2);
                await AxeAtBothWidthsAsync(page, "The facilitator's board with a theme");
                await page.GetByRole(AriaRole.Button, new() { Name = "Stäng nu", Exact = true }).ClickAsync();
                await Expect(page.Locator("#board-window")).ToHaveTextAsync("Stängd");
            });

            await participants[1].RunAsync(async page =>
            {
                // The grouping and the closing reach the participants' boards live as well.
                await Expect(page.Locator("#board-window")).ToHaveTextAsync("Stängd", new() { Timeout = Live });
                await Expect(page.Locator($"h3.board-theme:text-is('{Theme}') + ul .idea-card")).ToHaveCountAsync(2);
                await AxeAtBothWidthsAsync(page, "The closed idea board of a participant");
            });

            var voteUrl = await LinkOnLabPageAsync(facilitator, labId, "Rösta om skolvägen");
            await facilitator.RunAsync(async page =>
            {
                await facilitator.GotoInteractiveAsync(voteUrl);
                await Expect(page.Locator(".idea-votes")).ToHaveTextAsync(Enumerable.Repeat("0 prickar", Ideas.Length));
            });

            // Everyone puts a dot on the second idea, four on the third and two on the sixth: 6, 4 and 2 dots.
            foreach (var session in participants)
            {
                await session.RunAsync(_ => session.GotoInteractiveAsync(voteUrl));
            }

            await Task.WhenAll(participants.Select((session, i) => session.RunAsync(async page =>
            {
                await Expect(page.Locator("#dots-left")).ToHaveTextAsync("Du har 3 av 3 prickar kvar.");
                var chosen = new[] { Ideas[1] }.Concat(i < 4 ? [Ideas[2]] : []).Concat(i < 2 ? [Ideas[5]] : []).ToList();
                foreach (var idea in chosen)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = $"Lägg en prick på {idea}", Exact = true }).ClickAsync();
                    // The dot lands on the idea clicked, and the next click waits for it (a person sees each dot).
                    await Expect(MyDots(page, idea)).ToContainTextAsync("1 prick från dig");
                }

                await Expect(page.Locator("#dots-left")).ToHaveTextAsync($"Du har {3 - chosen.Count} av 3 prickar kvar.");
            })));

            await participants[0].RunAsync(async page =>
            {
                // A dot moves while the vote is open: off the sixth idea and back.
                await page.GetByRole(AriaRole.Button, new() { Name = $"Ta bort en prick från {Ideas[5]}", Exact = true }).ClickAsync();
                await Expect(page.Locator("#dots-left")).ToHaveTextAsync("Du har 1 av 3 prickar kvar.");
                await Expect(MyDots(page, Ideas[5])).ToContainTextAsync("0 prickar från dig");
                await page.GetByRole(AriaRole.Button, new() { Name = $"Lägg en prick på {Ideas[5]}", Exact = true }).ClickAsync();
                await Expect(page.Locator("#dots-left")).ToHaveTextAsync("Du har 0 av 3 prickar kvar.");
                await Expect(MyDots(page, Ideas[5])).ToContainTextAsync("1 prick från dig");
                await AxeAtBothWidthsAsync(page, "The dot vote of a participant");
            });

            await facilitator.RunAsync(async page =>
            {
                await Expect(Votes(page, Ideas[1])).ToHaveTextAsync("6 prickar", new() { Timeout = Live });
                await Expect(Votes(page, Ideas[2])).ToHaveTextAsync("4 prickar", new() { Timeout = Live });
                await Expect(Votes(page, Ideas[5])).ToHaveTextAsync("2 prickar", new() { Timeout = Live });
                await AxeAtBothWidthsAsync(page, "The facilitator's running count");
                await page.GetByRole(AriaRole.Button, new() { Name = "Stäng nu", Exact = true }).ClickAsync();
                await Expect(page.Locator("#board-window")).ToHaveTextAsync("Stängd");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resultat", Exact = true })).ToBeVisibleAsync();
                await AxeAtBothWidthsAsync(page, "The vote's results");
            });

            await facilitator.RunAsync(async page =>
            {
                await facilitator.GotoInteractiveAsync("/tasks");
                // The task opens inside the same circuit (enhanced navigation): no new circuit to wait for.
                await page.GetByRole(AriaRole.Row).Filter(new() { HasText = LabTitle })
                    .GetByRole(AriaRole.Link, new() { Name = PrioritiseTitle, Exact = true }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(PrioritiseTitle);
                var expected = new[] { (Ideas[1], "6"), (Ideas[2], "4"), (Ideas[5], "2") };
                for (var row = 0; row < expected.Length; row++)
                {
                    var fields = page.GetByRole(AriaRole.Group, new() { Name = $"Rad {row + 1}", Exact = true });
                    await Expect(fields.GetByLabel("Idé (obligatoriskt)", new() { Exact = true })).ToHaveValueAsync(expected[row].Item1);
                    await Expect(fields.GetByLabel("Röster", new() { Exact = true })).ToHaveValueAsync(expected[row].Item2);
                }

                // The pre-filled rows are the facilitator's to change.
                await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Rad 1", Exact = true }).GetByLabel("Idé (obligatoriskt)", new() { Exact = true })).ToBeEditableAsync();
                await AxeAtBothWidthsAsync(page, "The prioritisation task pre-filled with the ranking");
            });
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    private static ILocator Votes(IPage page, string idea) => page.Locator(".idea-card").Filter(new() { HasText = idea }).Locator(".idea-votes");

    private static ILocator MyDots(IPage page, string idea) => page.Locator(".idea-card").Filter(new() { HasText = idea }).Locator(".idea-mine-dots");

    /// <summary>Scans the page at a phone's width and at a laptop's, and puts the viewport back as it was.</summary>
    private static async Task AxeAtBothWidthsAsync(IPage page, string what)
    {
        var before = page.ViewportSize;
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways at 390 px.");
        await AxeAssert.NoViolationsAsync(page, $"{what} at 390 px");
        await page.SetViewportSizeAsync(1366, 768);
        await AxeAssert.NoViolationsAsync(page, $"{what} at 1366 px");
        if (before is not null)
        {
            await page.SetViewportSizeAsync(before.Width, before.Height);
        }
    }

    /// <summary>The address of a board's link on the lab page (the participants' tasks carry the same title but link to task pages).</summary>
    private static async Task<string> LinkOnLabPageAsync(BrowserSession session, Guid labId, string title)
    {
        var href = string.Empty;
        await session.RunAsync(async page =>
        {
            await session.GotoInteractiveAsync($"/labs/{labId}");
            var link = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).And(page.Locator("a[href^='/collections/']"));
            href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException($"The lab page has no link to {title}.");
        });
        return href;
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
            LabTitle,
            today,
            [(DemoPeople.Facilitator.Id, "Facilitator"), .. Participants.Select(p => (p.Id, "Participant"))],
            CancellationToken.None);
    }
}
