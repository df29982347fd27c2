using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Journal;

[JsonConverter(typeof(JsonStringEnumConverter<JournalEvent>))]
public enum JournalEvent
{
    WorkflowStarted,
    ActivityStarted,
    ActivityCompleted,
    ActivitySuspended,
    ActivityResumed,
    ActivityFaulted,
    ActivityCancelled,
    ActivitySkipped,
    VariableSet,
    IncidentRetried,
    WorkflowFinished,
    WorkflowCancelled,

    /// <summary>The lab's plan changed: its <c>lab</c> context or the due times of its timers (data says what moved).</summary>
    WorkflowReplanned,
}
