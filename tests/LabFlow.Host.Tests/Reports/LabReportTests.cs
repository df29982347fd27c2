using LabFlow.Activities.Labs;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Reports;
using LabFlow.Host.Infrastructure.Reports;
using LabFlow.Host.Tests.LabStories;
using static LabFlow.Host.Tests.LabStories.LabStoryCast;

namespace LabFlow.Host.Tests.Reports;

/// <summary>
/// The lab report of <i>Socialt innovationslabb</i> run through every phase (the lab story, on SQLite), written as a
/// Word document and read back: valid Open XML, each phase's answers, the follow-up figures by sex, and only what the
/// reader may read.
/// </summary>
public sealed class LabReportTests(LabReportTests.Fixture fixture) : IClassFixture<LabReportTests.Fixture>
{
    private const string Indicator = "Andel sökande med utländsk bakgrund som kallas till intervju";

    [Fact]
    public async Task Export_IsAValidWordDocumentWithEveryPhasesAnswers_WhenTheFacilitatorExportsIt()
    {
        // Act
        var report = await fixture.ExportAsync(Fia, "sv");

        // Assert
        report.AssertValid();
        Assert.Equal("Labbrapport: Jämlik rekrytering till elevhälsan", report.Title);
        Assert.Equal("sv-SE", report.Language);
        Assert.Equal(
            ["Utmaning", "Målområden", "Diskrimineringsgrunder som beaktats", "Insikter", "Idéer och röstning", "Prototyper", "Testresultat", "Beslut", "Uppföljning av indikatorer", "Om rapporten"],
            report.Heading1);
        string[] answers =
        [
            "Hur kan vi rekrytera jämlikt till elevhälsan?",                                 // the lab's challenge
            "Hur kan vi rekrytera till elevhälsan så att fler sökande med olika bakgrund går vidare?", // prepare: framing
            "Förutsättningar för arbete, Delaktighet, inflytande och tillit",                 // prepare: target areas
            "Kön, Etnisk tillhörighet, Ålder, Socioekonomi",                                  // prepare: grounds
            "Jag fick aldrig veta varför.",                                                   // explore: field research
            "Chefer väljer den som liknar dem själva.",                                       // explore: synthesis
            "Annonser på fler språk",                                                         // ideate: idea collection
            "Samma frågor till alla.",                                                        // ideate: workshop
            "Strukturerade intervjuer i elevhälsan",                                          // ideate: concept
            "Ett strukturerat urval minskar betydelsen av magkänsla.",                        // prototype: plan
            "Frågorna upplevdes som rättvisa.",                                               // prototype: test round
            "19 % i första rundan.",                                                          // evaluate: workshop
            "Kriteriet nåddes; mallen införs i hela elevhälsan.",                             // evaluate: decision
            "Införa",
            "Sprid mallen till förskolan.",                                                   // follow-up
        ];
        Assert.All(answers, answer => Assert.Contains(answer, report.Text + string.Concat(report.Tables.SelectMany(t => t.SelectMany(r => r)))));
    }

    [Fact]
    public async Task Export_HasTheIndicatorTableAndChartsBySex_WhenBothFollowUpsAreDone()
    {
        // Act
        var report = await fixture.ExportAsync(Fia, "sv");

        // Assert
        var table = Assert.Single(report.Tables, t => t[0].Count == 7 && t[0][0] == "Indikator");
        Assert.Equal(
            ["Indikator", "Nuläge kvinnor", "Nuläge män", "Uppföljning 3 månader kvinnor", "Uppföljning 3 månader män", "Uppföljning 6 månader kvinnor", "Uppföljning 6 månader män"],
            table[0]);
        Assert.Equal([Indicator, "15", "12", "19", "16", "24", "21"], Assert.Single(table.Skip(1)));
        Assert.All(report.TablesWithHeaderRow, Assert.True);
        Assert.Contains(
            $"Stapeldiagram för indikatorn {Indicator}, kvinnor och män vid varje mättillfälle: Nuläge: kvinnor 15, män 12; Uppföljning 3 månader: kvinnor 19, män 16; Uppföljning 6 månader: kvinnor 24, män 21.",
            report.AltTexts);
        Assert.All(report.AltTexts, alt => Assert.False(string.IsNullOrWhiteSpace(alt)));
    }

    [Fact]
    public async Task Export_LeavesOutTheFieldResearch_WhenTheReaderMayNotReadIt()
    {
        // Act: Kim coordinates the lab but is not among the readers of the field research (HR, sponsor, facilitator, doers).
        var kims = await fixture.ExportAsync(Kim, "sv");
        var hannas = await fixture.ExportAsync(Hanna, "sv");

        // Assert
        kims.AssertValid();
        Assert.DoesNotContain("Jag fick aldrig veta varför.", kims.Text);
        Assert.DoesNotContain("Vi väljer den vi känner igen oss i.", kims.Text);
        Assert.Contains("Chefer väljer den som liknar dem själva.", string.Concat(kims.Tables.SelectMany(t => t.SelectMany(r => r))));
        var withheld = Assert.Single(kims.Paragraphs, p => p.StartsWith("Svaren i följande steg finns inte med, eftersom du inte får läsa dem: ", StringComparison.Ordinal));
        Assert.Contains("Undersöka: intervjuer och observationer", withheld, StringComparison.Ordinal);
        Assert.Contains("Jag fick aldrig veta varför.", string.Concat(hannas.Tables.SelectMany(t => t.SelectMany(r => r))));
    }

    [Fact]
    public async Task Export_IsInEnglish_WhenEnglishIsAskedFor()
    {
        // Act
        var report = await fixture.ExportAsync(Fia, "en");

        // Assert
        report.AssertValid();
        Assert.Equal("en-GB", report.Language);
        Assert.Equal(
            ["Challenge", "Target areas", "Grounds of discrimination considered", "Insights", "Ideas and vote results", "Prototypes", "Test results", "Decision", "Follow-up of the indicators", "About the report"],
            report.Heading1);
        Assert.Contains("Implement", report.Text);
    }

    [Fact]
    public async Task Export_IsRefused_WhenTheReaderIsOnlyAParticipantOrOfAnotherAdministration()
    {
        // Act
        var participant = await Assert.ThrowsAsync<LabDomainException>(() => fixture.ServiceExportAsync(Ada, fixture.Lab.Id));
        var outsider = await Assert.ThrowsAsync<LabDomainException>(() => fixture.ServiceExportAsync(Ola, fixture.Lab.Id));
        var unknown = await Assert.ThrowsAsync<LabDomainException>(() => fixture.ServiceExportAsync(Fia, Guid.NewGuid()));

        // Assert
        Assert.Equal(LabErrors.Forbidden, participant.Code);
        Assert.Equal(LabErrors.Forbidden, outsider.Code);
        Assert.Equal(LabErrors.NotFound, unknown.Code);
    }

    [Fact]
    public async Task Export_IsJournaledInTheAccessLog_WhenSomeoneExportsIt()
    {
        // Act
        await fixture.ExportAsync(Sam, "sv");

        // Assert
        var reads = await fixture.Host.WithAsync<IReadOnlyList<SensitiveRead>, ISensitiveReadLog>(log => log.ListAsync(new SensitiveReadQuery(ReaderId: Sam.Id), CancellationToken.None));
        var export = Assert.Single(reads, r => r.Kind == AccessKind.LabReportExport);
        Assert.Equal((fixture.Lab.Id, School.Id, Guid.Empty), (export.LabId, export.AdministrationId, export.TaskId));
    }

    [Fact]
    public async Task OffersReport_IsTrueOnlyForTheStepTaggedReport_WhenAsked()
    {
        // Act
        var labReport = await fixture.Host.WithAsync<bool, LabReportService>(s => s.OffersReportAsync(fixture.Lab.Id, "labReport", CancellationToken.None));
        var decision = await fixture.Host.WithAsync<bool, LabReportService>(s => s.OffersReportAsync(fixture.Lab.Id, "evaluationDecision", CancellationToken.None));

        // Assert
        Assert.Equal((true, false), (labReport, decision));
    }

    /// <summary>One lab run through every phase on SQLite, shared by the tests (they only read it).</summary>
    public sealed class Fixture : ReportStoryFixture
    {
        internal Task<ReportDocument> ServiceExportAsync(Activities.Organisation.Person reader, Guid labId, string language = "sv") =>
            Host.WithAsync<ReportDocument, LabReportService>(s => s.ExportAsync(labId, reader.Id, language, CancellationToken.None));

        internal async Task<WordDocuments> ExportAsync(Activities.Organisation.Person reader, string language) =>
            WordDocuments.Read(WordReportWriter.Write(await ServiceExportAsync(reader, Lab.Id, language)));

        private protected override DateTimeOffset LaunchTime => SocialInnovationLabStoryTests.LaunchTime;

        private protected override Task<Lab> TellAsync(LabStoryHost host) => SocialInnovationLabStoryTests.RunThroughEveryPhaseAsync(host);
    }
}
