using System.Globalization;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Reports;

/// <summary>The fixed texts of the Word exports in Swedish and English (the flows' own texts come with the flows).</summary>
internal sealed class ReportTexts(string language)
{
    public static ReportTexts For(string? language) =>
        new(language == MessageCatalogue.English ? MessageCatalogue.English : MessageCatalogue.Swedish);

    public string Language { get; } = language;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language == MessageCatalogue.English ? "en-GB" : "sv-SE");

    public bool English => Language == MessageCatalogue.English;

    public string Pick(string swedish, string english) => English ? english : swedish;

    public string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    public string Number(double value) => value.ToString("0.##", Culture);

    // The lab report.
    public string LabReportTitle(string title) => Pick($"Labbrapport: {title}", $"Lab report: {title}");

    /// <param name="run">What the flow's kind calls the run (<see cref="KindTexts"/>): a conference is never "labbet".</param>
    public string LabLead(FlowKind run, string administration, DateOnly start, string flow) => Pick(
        $"{administration}. {KindTexts.Sv(run).DefiniteCapitalised} startade {Date(start)} och följer flödet {flow}.",
        $"{administration}. {KindTexts.En(run).DefiniteCapitalised} started on {Date(start)} and follows the flow {flow}.");

    public string Generated(DateTimeOffset at) => Pick(
        $"Rapporten skapades {Date(at)} ur labbets svar. Den innehåller bara de svar du får läsa.",
        $"The report was made on {Date(at)} from the lab's answers. It holds only the answers you may read.");

    public string Challenge => Pick("Utmaning", "Challenge");

    public string TheQuestion => Pick("Labbets fråga", "The lab's question");

    public string TargetAreas => Pick("Målområden", "Target areas");

    public string LabTargetAreas => Pick("Målområden vid start", "Target areas at launch");

    public string Grounds => Pick("Diskrimineringsgrunder som beaktats", "Grounds of discrimination considered");

    public string Insights => Pick("Insikter", "Insights");

    public string Ideas => Pick("Idéer och röstning", "Ideas and vote results");

    public string Prototypes => Pick("Prototyper", "Prototypes");

    public string TestResults => Pick("Testresultat", "Test results");

    public string Decision => Pick("Beslut", "Decision");

    public string FollowUp => Pick("Uppföljning av indikatorer", "Follow-up of the indicators");

    public string NotYet => Pick("Inga svar ännu.", "No answers yet.");

    public string Chosen => Pick("Beslut", "Decision");

    public string Votes => Pick("Röster", "Votes");

    public string Idea => Pick("Idé", "Idea");

    public string Theme => Pick("Tema", "Theme");

    public string VotesNotClosed => Pick("Röstningen är inte avslutad; resultatet visas när den har stängt.", "The vote is not closed; the result shows once it has closed.");

    public string VoteChart(string title) => Pick($"Röster per idé: {title}", $"Votes per idea: {title}");

    public string VoteAlt(string title, string figures) => Pick(
        $"Stapeldiagram över rösterna i {title}: {figures}.",
        $"Bar chart of the votes in {title}: {figures}.");

    public string IdeasOf(string title) => Pick($"Idéer: {title}", $"Ideas: {title}");

    public string Indicator => Pick("Indikator", "Indicator");

    public string Baseline => Pick("Nuläge", "Baseline");

    public string Women => Pick("kvinnor", "women");

    public string Men => Pick("män", "men");

    public string WomenSeries => Pick("Kvinnor", "Women");

    public string MenSeries => Pick("Män", "Men");

    public string IndicatorTable => Pick("Indikatorer uppdelade på kön: nuläge och uppföljningar", "Indicators by sex: baseline and follow-ups");

    public string IndicatorChart(string indicator) => Pick($"{indicator}: kvinnor och män över tid", $"{indicator}: women and men over time");

    public string IndicatorAlt(string indicator, string figures) => Pick(
        $"Stapeldiagram för indikatorn {indicator}, kvinnor och män vid varje mättillfälle: {figures}.",
        $"Bar chart of the indicator {indicator}, women and men at each measurement: {figures}.");

    public string Value => Pick("Värde", "Value");

    public string NoIndicators => Pick("Inga uppföljda indikatorer ännu.", "No indicators followed up yet.");

    public string Withheld(string steps) => Pick(
        $"Svaren i följande steg finns inte med, eftersom du inte får läsa dem: {steps}.",
        $"The answers of these steps are not included, because you may not read them: {steps}.");

    public string AboutReport => Pick("Om rapporten", "About the report");

    public string Completed(DateTimeOffset at) => Pick($"Klar {Date(at)}", $"Completed {Date(at)}");

    public string Yes => Pick("Ja", "Yes");

    public string No => Pick("Nej", "No");

    public string LabFileName(string title) => Pick($"Labbrapport {title}", $"Lab report {title}");

    // Active measures.
    public string ActiveMeasuresTitle(string administration, int year) => Pick(
        $"Aktiva åtgärder {year}: {administration}",
        $"Active measures {year}: {administration}");

    public string ActiveMeasuresLead(int year) => Pick(
        $"Dokumentation av arbetet med aktiva åtgärder {year} enligt diskrimineringslagen (3 kap.): undersöka, analysera, åtgärda och följa upp inom arbetsgivarens fem områden.",
        $"Documentation of the work on active measures in {year} under the Discrimination Act (chapter 3): investigate, analyse, act and follow up in the employer's five areas.");

    public string LabsIncluded(string labs) => Pick($"Underlaget kommer från: {labs}.", $"The documentation comes from: {labs}.");

    public string NoLabs(int year) => Pick(
        $"Inget arbete med aktiva åtgärder startade {year} i förvaltningen.",
        $"No active-measures cycle started in {year} in the administration.");

    public string Investigate => Pick("1. Undersöka", "1. Investigate");

    public string Analyse => Pick("2. Analysera", "2. Analyse");

    public string Act => Pick("3. Åtgärda", "3. Act");

    public string FollowUpAndEvaluate => Pick("4. Följa upp och utvärdera", "4. Follow up and evaluate");

    public string AreaInvestigated => Pick("Området undersöktes", "The area was investigated");

    public string NoRisks => Pick("Inga risker eller hinder dokumenterades inom området.", "No risks or obstacles were documented in the area.");

    public string NoAnalysis => Pick("Ingen analys dokumenterades för områdets risker.", "No analysis was documented for the area's risks.");

    public string NoMeasures => Pick("Inga åtgärder dokumenterades inom området.", "No measures were documented in the area.");

    public string NoFollowUp => Pick("Ingen uppföljning av områdets åtgärder ännu.", "No follow-up of the area's measures yet.");

    public string RisksAndMeasures => Pick("Risker och åtgärder", "Risks and measures");

    public string AllRisks => Pick("Alla risker med åtgärd, ansvarig och tidsplan", "Every risk with its measure, owner and time plan");

    public string Risk => Pick("Risk", "Risk");

    public string Area => Pick("Område", "Area");

    public string Measure => Pick("Åtgärd", "Measure");

    public string Responsible => Pick("Ansvarig", "Responsible");

    public string Start => Pick("Start", "Start");

    public string DoneBy => Pick("Klart senast", "Done by");

    public string ReasonWithout => Pick("Skäl utan åtgärd", "Reason without a measure");

    public string PaySurvey => Pick("Lönekartläggning", "Pay survey");

    public string NoPaySurvey => Pick("Ingen lönekartläggning dokumenterad för året.", "No pay survey documented for the year.");

    public string LastYear(int year) => Pick($"Uppföljning av förra årets åtgärder ({year})", $"Follow-up of last year's measures ({year})");

    public string NoLastYear(int year) => Pick(
        $"Inga åtgärder dokumenterades {year}, så det finns inget att följa upp.",
        $"No measures were documented in {year}, so there is nothing to follow up.");

    public string ActiveMeasuresFileName(string administration, int year) => Pick($"Aktiva åtgärder {year} {administration}", $"Active measures {year} {administration}");
}
