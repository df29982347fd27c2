namespace LabFlow.Activities.Privacy;

/// <summary>What an access-log entry records: a read of a sensitive step's answers, or an export of personal data or of a document.</summary>
public enum AccessKind
{
    /// <summary>A read of a sensitive step's answers.</summary>
    Answers,

    /// <summary>An export of the participant register, its activity log or the project summary.</summary>
    RegisterExport,

    /// <summary>A lab report (Word) was exported; the row names the lab, not a task.</summary>
    LabReportExport,

    /// <summary>An administration's active-measures documentation (Word) was exported; one row per lab it drew on.</summary>
    ActiveMeasuresExport,
}
