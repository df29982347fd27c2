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
}
