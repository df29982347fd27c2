using System.Text.Json.Serialization;

namespace LabFlow.Activities.Tasks;

[JsonConverter(typeof(JsonStringEnumConverter<TaskCompletionStatus>))]
public enum TaskCompletionStatus
{
    Completed,

    /// <summary>The answers do not fit the form; every error is listed and the task stays open with the answers kept as a draft.</summary>
    Invalid,

    /// <summary>Someone completed, skipped or closed the task first; nothing was changed.</summary>
    AlreadyClosed,
}
