using LabFlow.Activities.Reports;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Flows;

/// <summary>The words the designer shows for a step's report tags (what the lab report and active-measures document look for).</summary>
internal static class StepTagTexts
{
    public static string Name(string tag) => tag switch
    {
        StepTags.Challenge => UiText.Pick("Utmaningen", "The challenge"),
        StepTags.Insights => UiText.Pick("Insikter", "Insights"),
        StepTags.Ideas => UiText.Pick("Idéer", "Ideas"),
        StepTags.Votes => UiText.Pick("Röstningsresultat", "Vote results"),
        StepTags.Prototypes => UiText.Pick("Prototyper", "Prototypes"),
        StepTags.TestResults => UiText.Pick("Testresultat", "Test results"),
        StepTags.Decision => UiText.Pick("Beslut", "Decision"),
        StepTags.FollowUp => UiText.Pick("Uppföljning", "Follow-up"),
        StepTags.Report => UiText.Pick("Rapport", "Report"),
        StepTags.Handover => UiText.Pick("Överlämning", "Handover"),
        StepTags.Investigation => UiText.Pick("Undersökning (aktiva åtgärder)", "Investigation (active measures)"),
        StepTags.Analysis => UiText.Pick("Analys (aktiva åtgärder)", "Analysis (active measures)"),
        StepTags.Measures => UiText.Pick("Åtgärder (aktiva åtgärder)", "Measures (active measures)"),
        StepTags.PaySurvey => UiText.Pick("Lönekartläggning", "Pay survey"),
        StepTags.Survey => UiText.Pick("Enkät via personlig länk", "Survey by personal link"),
        _ => tag,
    };
}
