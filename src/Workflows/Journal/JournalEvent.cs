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
}
