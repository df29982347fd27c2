using System.Text.Json.Serialization;

namespace LabFlow.Activities.Tasks;

[JsonConverter(typeof(JsonStringEnumConverter<LabTaskStatus>))]
public enum LabTaskStatus
{
    /// <summary>Waiting for its assignee, or for one of its candidates to claim it.</summary>
    Open,

    /// <summary>A candidate claimed it; only they complete it.</summary>
    Claimed,

    Completed,

    /// <summary>Closed without completion: the lab ended, the step's window closed, or another branch went on.</summary>
    Closed,

    /// <summary>A facilitator skipped it; the history says who and why.</summary>
    Skipped,
}
