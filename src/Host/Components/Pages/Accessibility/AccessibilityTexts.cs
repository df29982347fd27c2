using LabFlow.Host.Components.Layout;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Accessibility;

/// <summary>
/// The accessibility statement (tillgänglighetsredogörelse) that lagen (2018:1937) om tillgänglighet till digital
/// offentlig service requires: how far LabFlow complies, what is known not to, how to report a shortcoming, and the
/// supervisory authority (Digg). Update <see cref="Updated"/> whenever a shortcoming is fixed or found.
/// </summary>
internal static class AccessibilityTexts
{
    /// <summary>Digg's form for reporting a public body's digital service that does not meet the law.</summary>
    public const string DiggReportUrl = "https://www.digg.se/tdosanmalan";

    public static string Title => LayoutTexts.AccessibilityStatement;

    public static string Intro => UiText.Pick(
        "Göteborgs Stad står bakom LabFlow, som stadens förvaltningar använder för sina sociala innovationslabb. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur LabFlow uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan åtgärda dem.",
        "The City of Gothenburg is responsible for LabFlow, which the city's administrations use for their social innovation labs. We want as many people as possible to be able to use it. This statement describes how LabFlow complies with the Swedish Act on accessibility to digital public services (2018:1937), the shortcomings we know of, and how you can report a problem so that we can fix it.");

    public static string StatusHeading => UiText.Pick("Hur tillgänglig är tjänsten?", "How accessible is the service?");

    public static string Status => UiText.Pick(
        "LabFlow är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är att uppfylla WCAG 2.1 på nivå AA (EN 301 549).",
        "LabFlow partially complies with the Act on accessibility to digital public services, because of the shortcomings described below. The aim is to meet WCAG 2.1 level AA (EN 301 549).");

    public static string ShortcomingsHeading => UiText.Pick("Innehåll som inte är tillgängligt", "Content that is not accessible");

    public static IReadOnlyList<string> Shortcomings => UiText.IsEnglish
        ?
        [
            "The flow designer's diagram needs a mouse or touch to move activities. The same flow can be edited with the keyboard in the list beside the diagram.",
            "Date fields use the browser's own date picker, whose format and spoken labels follow the browser's language rather than LabFlow's.",
            "The job dashboard (/hangfire) for administrators and the API reference page (/api/reference) are third-party pages that we have not tested.",
            "Attachments that users add as links (documents, presentations) are outside LabFlow and may not be accessible.",
        ]
        :
        [
            "Flödesdesignerns diagram kräver mus eller pekskärm för att flytta aktiviteter. Samma flöde kan redigeras med tangentbordet i listan bredvid diagrammet.",
            "Datumfält använder webbläsarens egen datumväljare, vars format och upplästa texter följer webbläsarens språk och inte LabFlows.",
            "Jobböversikten (/hangfire) för administratörer och API-referensen (/api/reference) är sidor från tredje part som vi inte har testat.",
            "Dokument som användare länkar till (presentationer, rapporter) ligger utanför LabFlow och är kanske inte tillgängliga.",
        ];

    public static string ReportHeading => UiText.Pick(
        "Vad kan du göra om du inte kan använda delar av tjänsten?",
        "What can you do if you cannot use parts of the service?");

    public static string Report => UiText.Pick(
        "Om du behöver innehåll från LabFlow i ett annat format, eller om du upptäcker en brist som inte står här, kontakta din förvaltnings LabFlow-administratör eller Göteborgs Stads kontaktcenter. Beskriv vilken sida det gäller och vad som inte fungerade.",
        "If you need content from LabFlow in another format, or find a shortcoming that is not listed here, contact your administration's LabFlow administrator or the City of Gothenburg's contact centre. Say which page it concerns and what did not work.");

    public static string SupervisionHeading => UiText.Pick("Tillsyn", "Supervision");

    public static string Supervision => UiText.Pick(
        "Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
        "The Agency for Digital Government (Myndigheten för digital förvaltning, Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your feedback, you can contact Digg and tell them.");

    public static string DiggLink => UiText.Pick("Anmäl brist i tillgänglighet till Digg", "Report an accessibility shortcoming to Digg");

    public static string TestingHeading => UiText.Pick("Hur vi testat tjänsten", "How we tested the service");

    public static string Testing => UiText.Pick(
        "Varje sida testas automatiskt med axe-core mot WCAG 2.1 AA i tre skärmbredder (360, 390 och 1366 pixlar), utan sidledsscroll. Sidorna har också gåtts igenom med tangentbord.",
        "Every page is tested automatically with axe-core against WCAG 2.1 AA at three screen widths (360, 390 and 1366 pixels), without sideways scrolling. The pages have also been walked with a keyboard.");

    public static string Updated => UiText.Pick(
        "Redogörelsen uppdaterades senast den 6 december 2026.",
        "This statement was last updated on 6 December 2026.");
}
