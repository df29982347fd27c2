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

    /// <summary>The task also went to a stand-in because a doer was away (<see cref="StandInRule"/>): From the away person, To the stand-in.</summary>
    StandIn,

    /// <summary>Closed as not needed: the step's quorum was reached, or a facilitator closed the step.</summary>
    NotNeeded,
}
