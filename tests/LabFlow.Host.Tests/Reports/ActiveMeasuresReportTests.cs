using LabFlow.Activities.Labs;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Reports;
using LabFlow.Host.Infrastructure.Reports;
using LabFlow.Host.Tests.LabStories;
using static LabFlow.Host.Tests.LabStories.LabStoryCast;

namespace LabFlow.Host.Tests.Reports;

/// <summary>
/// The active-measures documentation of Grundskoleförvaltningen for 2027, after the year's cycle of the lab story (on
/// SQLite): every area with its four steps, the risks with measures, owners and dates, the pay survey, last year's
/// follow-up, and only what the reader may read.
/// </summary>
public sealed class ActiveMeasuresReportTests(ActiveMeasuresReportTests.Fixture fixture) : IClassFixture<ActiveMeasuresReportTests.Fixture>
{
    private static readonly string[] Areas =
    [
        "Arbetsförhållanden",
        "Löner och anställningsvillkor",
        "Rekrytering och befordran",
        "Utbildning och kompetensutveckling",
        "Möjligheter att förena arbete och föräldraskap",
    ];

    [Fact]
    public async Task Export_ListsEveryAreaWithItsFourSteps_WhenHrExportsTheYear()
    {
        // Act
        var document = await fixture.ExportAsync(Hanna, 2027);

        // Assert
        document.AssertValid();
        Assert.Equal([.. Areas, "Risker och åtgärder", "Lönekartläggning", "Uppföljning av förra årets åtgärder (2026)", "Om rapporten"], document.Heading1);
        Assert.Equal(Areas.Length * 4, document.Headings.Count(h => h.Style == "Heading2" && h.Text is "1. Undersöka" or "2. Analysera" or "3. Åtgärda" or "4. Följa upp och utvärdera"));
        Assert.All(document.TablesWithHeaderRow, Assert.True);
    }

    [Fact]
    public async Task Export_HasTheRisksWithMeasuresOwnersAndDatesAndThePaySurvey_WhenTheReaderMayReadThem()
    {
        // Act
        var document = await fixture.ExportAsync(Hanna, 2027);

        // Assert
        var all = document.Tables.Single(t => t[0].SequenceEqual(["Risk", "Område", "Åtgärd", "Ansvarig", "Start", "Klart senast", "Skäl utan åtgärd"]) && t.Count == 4);
        Assert.Equal(["Deltidsanställda får sämre scheman.", "Arbetsförhållanden", "Schemaläggning efter önskemål för alla.", "Kim Samordnare", "2027-05-03", "2027-08-31", ""], all[1]);
        Assert.Equal(["Annonser når inte sökande med utländsk bakgrund.", "Rekrytering och befordran", "", "", "", "", "Åtgärdas i labbet om jämlik rekrytering till elevhälsan."], all[2]);
        Assert.Equal(["Föräldralediga missar kompetensutveckling.", "Möjligheter att förena arbete och föräldraskap", "Utbildningar spelas in.", "Hanna HR", "2027-05-03", "2027-06-30", ""], all[3]);
        var cells = string.Concat(document.Tables.SelectMany(t => t.SelectMany(r => r)));
        Assert.Contains("Längre erfarenhet.", cells);
        Assert.Contains("62 % nöjda (mål 80 %)", cells);
        Assert.Contains("Schemat läggs efter heltidarna.", cells);
    }

    [Fact]
    public async Task Export_PlacesEachAnalysisRowUnderItsAreaByTheAreaChoice_WhenTheRiskIsWordedDifferentlyThanInTheInvestigation()
    {
        // Arrange: the story's analysis calls the first risk "Sämre scheman för deltid." (the investigation wrote
        // "Deltidsanställda får sämre scheman.") and chooses its area, Arbetsförhållanden.

        // Act
        var document = await fixture.ServiceExportAsync(Hanna, School.Id, 2027);

        // Assert
        string[] AnalysisCells(string area) =>
            [.. document.Sections.Single(s => s.Heading == area).Subsections.Single(s => s.Heading == "2. Analysera")
                .Blocks.OfType<ReportTable>().SelectMany(t => t.Rows).SelectMany(r => r)];
        Assert.Contains("Schemat läggs efter heltidarna.", AnalysisCells("Arbetsförhållanden"));
        Assert.Contains("Annonser bara på svenska.", AnalysisCells("Rekrytering och befordran"));
        Assert.Contains("Utbildningar bokas utan dem.", AnalysisCells("Möjligheter att förena arbete och föräldraskap"));
        Assert.Empty(AnalysisCells("Löner och anställningsvillkor"));
        Assert.DoesNotContain("Schemat läggs efter heltidarna.", AnalysisCells("Rekrytering och befordran"));
    }

    [Fact]
    public async Task Export_LeavesOutThePaySurveyAndTheRiskTable_WhenTheReaderMayNotReadThem()
    {
        // Act: Kim is a coordinator; the pay survey and the risk table are read by HR, the sponsor, the facilitator and the doers.
        var document = await fixture.ExportAsync(Kim, 2027);

        // Assert
        document.AssertValid();
        var everything = document.Text + string.Concat(document.Tables.SelectMany(t => t.SelectMany(r => r)));
        Assert.DoesNotContain("Längre erfarenhet.", everything);
        Assert.DoesNotContain(document.Tables, t => t[0].Contains("Ansvarig"));
        Assert.Contains("Inga åtgärder dokumenterades inom området.", document.Text);
        Assert.Contains("Ingen lönekartläggning dokumenterad för året.", document.Text);
        Assert.Equal([.. Areas, "Risker och åtgärder", "Lönekartläggning", "Uppföljning av förra årets åtgärder (2026)", "Om rapporten"], document.Heading1);
    }

    [Fact]
    public async Task Export_FollowsUpLastYearsMeasures_WhenTheNextYearIsExported()
    {
        // Act
        var document = await fixture.ExportAsync(Hanna, 2028);

        // Assert
        document.AssertValid();
        Assert.Contains("Uppföljning av förra årets åtgärder (2027)", document.Heading1);
        Assert.Contains("Inget arbete med aktiva åtgärder startade 2028 i förvaltningen.", document.Text);
        Assert.Contains("Schemaläggning efter önskemål för alla.", string.Concat(document.Tables.SelectMany(t => t.SelectMany(r => r))));
    }

    [Fact]
    public async Task Export_IsRefused_WhenTheReaderIsOfAnotherAdministrationOrOnlyAParticipant()
    {
        // Act
        var outsider = await Assert.ThrowsAsync<LabDomainException>(() => fixture.ServiceExportAsync(Ola, School.Id, 2027));
        var participant = await Assert.ThrowsAsync<LabDomainException>(() => fixture.ServiceExportAsync(Ada, School.Id, 2027));
        var unknown = await Assert.ThrowsAsync<LabDomainException>(() => fixture.ServiceExportAsync(Hanna, "no-such-administration", 2027));

        // Assert
        Assert.Equal((LabErrors.Forbidden, LabErrors.Forbidden, LabErrors.NotFound), (outsider.Code, participant.Code, unknown.Code));
    }

    [Fact]
    public async Task Export_IsJournaledPerLab_WhenSomeoneExportsIt()
    {
        // Act
        await fixture.ExportAsync(Sam, 2027);

        // Assert
        var reads = await fixture.Host.WithAsync<IReadOnlyList<SensitiveRead>, ISensitiveReadLog>(log => log.ListAsync(new SensitiveReadQuery(ReaderId: Sam.Id), CancellationToken.None));
        Assert.Equal(fixture.Lab.Id, Assert.Single(reads, r => r.Kind == AccessKind.ActiveMeasuresExport).LabId);
    }

    /// <summary>One year of active measures run on SQLite, shared by the tests (they only read it).</summary>
    public sealed class Fixture : ReportStoryFixture
    {
        internal Task<ReportDocument> ServiceExportAsync(Activities.Organisation.Person reader, string administrationId, int year) =>
            Host.WithAsync<ReportDocument, ActiveMeasuresReportService>(s => s.ExportAsync(administrationId, year, reader.Id, "sv", CancellationToken.None));

        internal async Task<WordDocuments> ExportAsync(Activities.Organisation.Person reader, int year) =>
            WordDocuments.Read(WordReportWriter.Write(await ServiceExportAsync(reader, School.Id, year)));

        private protected override DateTimeOffset LaunchTime => ActiveMeasuresStoryTests.LaunchTime;

        private protected override Task<Lab> TellAsync(LabStoryHost host) => ActiveMeasuresStoryTests.RunTheYearAsync(host);
    }
}
