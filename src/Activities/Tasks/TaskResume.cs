using System.Text.Json.Nodes;

namespace LabFlow.Activities.Tasks;

/// <summary>The payload a task's bookmark is resumed with: a completion (outcome, answers) or a skip (reason).</summary>
internal sealed record TaskResume(Guid? TaskId, bool Skip, string? Outcome, JsonObject? Answers, string? Reason)
{
    public static JsonObject Complete(Guid taskId, string outcome, JsonObject? answers) => new()
    {
        ["taskId"] = taskId.ToString(),
        ["outcome"] = outcome,
        ["answers"] = answers?.DeepClone(),
    };

    public static JsonObject SkipStep(Guid? taskId, string reason, string? outcome) => new()
    {
        ["taskId"] = taskId?.ToString(),
        ["skip"] = true,
        ["reason"] = reason,
        ["outcome"] = outcome,
    };

    public static TaskResume Read(JsonObject? data) => new(
        data?["taskId"] is JsonValue id && id.TryGetValue<string>(out var text) && Guid.TryParse(text, out var taskId) ? taskId : null,
        data?["skip"] is JsonValue skip && skip.TryGetValue<bool>(out var isSkip) && isSkip,
        data?["outcome"] is JsonValue outcome && outcome.TryGetValue<string>(out var name) ? name : null,
        data?["answers"] as JsonObject,
        data?["reason"] is JsonValue reason && reason.TryGetValue<string>(out var why) ? why : null);
}
