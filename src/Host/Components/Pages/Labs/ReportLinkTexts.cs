using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>The texts of the report downloads on the lab page and the task page.</summary>
internal static class ReportLinkTexts
{
    public static string Heading => UiText.Pick("Rapporter", "Reports");

    public static string LabReport => UiText.Pick("Ladda ner labbrapporten (Word)", "Download the lab report (Word, Swedish)");

    public static string LabReportEnglish => UiText.Pick("Ladda ner labbrapporten på engelska (Word)", "Download the lab report in English (Word)");

    public static string ActiveMeasures(int year) => UiText.Pick(
        $"Ladda ner dokumentationen av aktiva åtgärder {year} (Word)",
        $"Download the active-measures documentation for {year} (Word)");

    public static string TaskReportHeading => UiText.Pick("Den exporterade rapporten", "The exported report");

    public static string TaskReportHelp => UiText.Pick(
        "Ladda ner labbrapporten, spara den där förvaltningen sparar dokument och länka till den i fältet Rapport. Länken nedan fungerar också för alla som får läsa labbet.",
        "Download the lab report, save it where the administration keeps documents and link to it in the Report field. The link below also works for everyone who may read the lab.");
}
