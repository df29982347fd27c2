using LabFlow.Activities.Privacy;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>How the access log names what a row records: a read of a task's answers or an export.</summary>
internal static class AccessKindTexts
{
    public static string Of(AccessKind kind) => kind switch
    {
        AccessKind.RegisterExport => UiText.Pick("Export av deltagarregistret", "Export of the participant register"),
        AccessKind.LabReportExport => UiText.Pick("Labbrapport exporterad", "Lab report exported"),
        AccessKind.ActiveMeasuresExport => UiText.Pick("Aktiva åtgärder exporterade", "Active measures exported"),
        _ => UiText.Pick("Svar lästa", "Answers read"),
    };
}
