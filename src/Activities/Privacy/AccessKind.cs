namespace LabFlow.Activities.Privacy;

/// <summary>What an access-log entry records.</summary>
public enum AccessKind
{
    /// <summary>A read of a sensitive step's answers.</summary>
    Answers,

    /// <summary>An export of the participant register, its activity log or the project summary.</summary>
    RegisterExport,
}
