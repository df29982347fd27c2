namespace LabFlow.Activities.Privacy;

/// <summary>What an access-log row records: a read of a sensitive step's answers, or an export of a document.</summary>
public enum AccessLogKind
{
    /// <summary>The answers of a step with its own readers were shown to someone who did not give them.</summary>
    AnswerRead = 0,

    /// <summary>A lab report (Word) was exported; the row names the lab, not a task.</summary>
    LabReportExport = 1,

    /// <summary>An administration's active-measures documentation (Word) was exported; one row per lab it drew on.</summary>
    ActiveMeasuresExport = 2,
}
