using System.Text.Json.Serialization;

namespace LabFlow.Activities.Tasks;

[JsonConverter(typeof(JsonStringEnumConverter<TaskHistoryKind>))]
public enum TaskHistoryKind
{
    Created,
    Claimed,
    Delegated,
    Reassigned,
    DueDateMoved,
    DraftSaved,
    Completed,
    Skipped,
    Closed,

    /// <summary>Closed as not needed: the step's quorum was reached, or a facilitator closed the step.</summary>
    NotNeeded,
}
