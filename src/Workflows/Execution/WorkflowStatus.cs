using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Execution;

/// <summary>Where a lab's run stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))]
public enum WorkflowStatus
{
    /// <summary>A burst is executing (only seen inside a burst).</summary>
    Running,

    /// <summary>Every branch waits on a bookmark.</summary>
    Suspended,

    /// <summary>At least one branch faulted and has an open incident; other branches may still wait.</summary>
    Faulted,

    /// <summary>Nothing runs or waits any more, or an End was reached.</summary>
    Finished,

    /// <summary>Cancelled by a person; every bookmark was closed.</summary>
    Cancelled,
}
