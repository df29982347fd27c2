using System.IO.Compression;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LabFlow.EndToEnd.Tests.Labs;

/// <summary>The lab page's *Rapporter*: the demo coordinator downloads the demo lab's report as a Word file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LabReportDownloadTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    private const string DemoLabTitle = "Demo: Jämlik schemaläggning";

    [BrowserFact]
    public async Task LabPage_DownloadsTheLabReportAsWord_WhenTheLinkIsClicked()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(LabPage_DownloadsTheLabReportAsWord_WhenTheLinkIsClicked));
        await session.RunAsync(async page =>
        {
            await session.SignInAsync(DemoPeople.Coordinator);
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Labb", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = DemoLabTitle, Exact = true }).ClickAsync();
            var reports = page.GetByRole(AriaRole.Region, new() { Name = "Rapporter", Exact = true });
            await Expect(reports).ToBeVisibleAsync();
            await AxeAssert.NoViolationsAsync(page, "The demo lab's page with its reports");

            var download = await page.RunAndWaitForDownloadAsync(() =>
                reports.GetByRole(AriaRole.Link, new() { Name = "Ladda ner labbrapporten (Word)", Exact = true }).ClickAsync());

            Assert.Equal("Labbrapport Demo Jämlik schemaläggning.docx", download.SuggestedFilename);
            var path = await download.PathAsync();
            using var archive = ZipFile.OpenRead(path);
            using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains($"Labbrapport: {DemoLabTitle}", xml, StringComparison.Ordinal);
            Assert.Contains("w:val=\"Heading1\"", xml, StringComparison.Ordinal);
        });
    }
}
