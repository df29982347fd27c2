using System.IO.Compression;
using System.Net;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Labs;

/// <summary>
/// A lab run through every phase (prepare → follow-up) downloads as a Word report with each phase's answers and the
/// follow-up table of indicators by sex. The lab runs on a compact flow with one tagged step per phase (the reports
/// find steps by tags and presets, so it reads like the shipped lab flow's), completed through the API as the
/// facilitator would; then the browser downloads the report from the lab page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPhaseReportTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string Title = "E2E: Hela vägen";

    private const string Flow = """
        {
          "id": "e2e-every-phase",
          "version": 1,
          "name": { "sv": "Alla faser", "en": "Every phase" },
          "phases": [
            { "id": "prepare", "name": "Förbereda" }, { "id": "explore", "name": "Utforska" }, { "id": "ideate", "name": "Idéera" },
            { "id": "prototype", "name": "Prototypa" }, { "id": "evaluate", "name": "Utvärdera" }, { "id": "follow-up", "name": "Följa upp" }
          ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "frame", "type": "UserTask", "phase": "prepare", "inputs": { "title": "Ringa in utmaningen", "tags": ["challenge"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "question", "type": "Text", "label": "Frågan", "required": true } ] } },
            { "id": "baseline", "type": "UserTask", "phase": "prepare", "inputs": { "title": "Nuläge", "assignee": { "role": "Facilitator" },
              "form": [ { "key": "indicators", "preset": "indicatorsBySex", "required": true } ] } },
            { "id": "research", "type": "UserTask", "phase": "explore", "inputs": { "title": "Fältstudier", "tags": ["insights"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "insight", "type": "LongText", "label": "Insikt", "required": true } ] } },
            { "id": "ideas", "type": "UserTask", "phase": "ideate", "inputs": { "title": "Idéer", "tags": ["ideas"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
            { "id": "prototype", "type": "UserTask", "phase": "prototype", "inputs": { "title": "Prototyp", "tags": ["prototypes"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "plan", "type": "LongText", "label": "Plan", "required": true } ] } },
            { "id": "test", "type": "UserTask", "phase": "evaluate", "inputs": { "title": "Test", "tags": ["testResults"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "result", "type": "LongText", "label": "Resultat", "required": true } ] } },
            { "id": "decide", "type": "UserTask", "phase": "evaluate", "inputs": { "title": "Beslut", "tags": ["decision"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "rationale", "type": "LongText", "label": "Motivering", "required": true } ] } },
            { "id": "followUp", "type": "UserTask", "phase": "follow-up", "inputs": { "title": "Uppföljning", "tags": ["followUp"], "assignee": { "role": "Facilitator" },
              "form": [ { "key": "indicators", "preset": "indicatorsBySexFollowUp", "required": true } ] } }
          ],
          "connections": [
            { "from": "start", "to": "frame" }, { "from": "frame", "to": "baseline" }, { "from": "baseline", "to": "research" },
            { "from": "research", "to": "ideas" }, { "from": "ideas", "to": "prototype" }, { "from": "prototype", "to": "test" },
            { "from": "test", "to": "decide" }, { "from": "decide", "to": "followUp" }
          ]
        }
        """;

    /// <summary>Each step's answers, in the order the lab reaches them.</summary>
    private static readonly (string Step, object Answers)[] Answers =
    [
        ("frame", new { question = "Hur kan fler gå säkert till skolan?" }),
        ("baseline", new { indicators = new[] { new { indicator = "Går själva till skolan", women = 35, men = 55 } } }),
        ("research", new { insight = "Flickor undviker den mörka gångtunneln." }),
        ("ideas", new { idea = "Belysning och vägvärdar i tunneln" }),
        ("prototype", new { plan = "Vägvärdar två veckor i november." }),
        ("test", new { result = "Fler flickor gick själva under testet." }),
        ("decide", new { rationale = "Vägvärdarna blir kvar under vintern." }),
        ("followUp", new { indicators = new[] { new { indicator = "Går själva till skolan", baselineWomen = 35, baselineMen = 55, currentWomen = 48, currentMen = 56 } } }),
    ];

    [BrowserFact]
    public async Task LabPage_DownloadsAReportWithEveryPhaseAndTheFollowUpTable_WhenTheLabRanThroughEveryPhase()
    {
        // Arrange: the flow, a lab on it, and every step completed through the API.
        using (var designer = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Designer, CancellationToken.None))
        {
            await designer.ImportFlowAsync(Flow, CancellationToken.None);
        }

        using var api = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Facilitator, CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var lab = await api.LaunchAsync("e2e-every-phase", Title, today, [(DemoPeople.Facilitator.Id, "Facilitator")], CancellationToken.None);
        foreach (var (step, answers) in Answers)
        {
            var tasks = await api.GetAsync($"/api/v1/tasks?labId={lab}", CancellationToken.None);
            var task = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("activityId").GetString() == step);
            await api.PostAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { answers }, HttpStatusCode.OK, CancellationToken.None);
        }

        await using var session = await fixture.NewSessionAsync(output, nameof(LabPage_DownloadsAReportWithEveryPhaseAndTheFollowUpTable_WhenTheLabRanThroughEveryPhase));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Facilitator);
            await session.GotoInteractiveAsync($"/labs/{lab}");
            var reports = page.GetByRole(AriaRole.Region, new() { Name = "Rapporter", Exact = true });
            await Expect(reports).ToBeVisibleAsync();

            // Act
            var download = await page.RunAndWaitForDownloadAsync(() =>
                reports.GetByRole(AriaRole.Link, new() { Name = "Ladda ner labbrapporten (Word)", Exact = true }).ClickAsync());

            // Assert
            using var archive = ZipFile.OpenRead(await download.PathAsync());
            using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
            var xml = await reader.ReadToEndAsync();
            string[] expected =
            [
                $"Labbrapport: {Title}",
                "Utmaning", "Hur kan fler gå säkert till skolan?",
                "Insikter", "Flickor undviker den mörka gångtunneln.",
                "Idéer och röstning", "Belysning och vägvärdar i tunneln",
                "Prototyper", "Vägvärdar två veckor i november.",
                "Testresultat", "Fler flickor gick själva under testet.",
                "Beslut", "Vägvärdarna blir kvar under vintern.",
                "Uppföljning av indikatorer", "Indikatorer uppdelade på kön: nuläge och uppföljningar", "Går själva till skolan", "48",
            ];
            Assert.All(expected, text => Assert.Contains(text, xml, StringComparison.Ordinal));
            Assert.Contains("<w:tblHeader", xml, StringComparison.Ordinal);
        });
    }
}
