using LabFlow.Activities.Privacy;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>How the access log names a row that records an export rather than a read of a task's answers.</summary>
internal static class AccessLogKindTexts
{
    public static string Of(AccessLogKind kind) => kind switch
    {
        AccessLogKind.LabReportExport => UiText.Pick("Labbrapport exporterad", "Lab report exported"),
        AccessLogKind.ActiveMeasuresExport => UiText.Pick("Aktiva åtgärder exporterade", "Active measures exported"),
        _ => UiText.Pick("Svar lästa", "Answers read"),
    };
}
