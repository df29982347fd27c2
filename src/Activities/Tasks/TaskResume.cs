using System.Text.Json.Nodes;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// The payload a task's bookmark is resumed with: a completion (outcome, answers) or a skip (reason). A completion
/// names its <see cref="Doer"/>: the commit refuses it when the task was given to someone else in the meantime.
/// </summary>
internal sealed record TaskResume(Guid? TaskId, bool Skip, string? Outcome, JsonObject? Answers, string? Reason, Guid? Doer = null, bool CloseStep = false)
{
    /// <summary>A facilitator closes an "each participant" step: it goes on with what was done.</summary>
    public static JsonObject CloseEachStep(string reason) => new()
    {
        ["closeStep"] = true,
        ["reason"] = reason,
    };

    public static JsonObject Complete(Guid taskId, string outcome, JsonObject? answers, Guid? doer = null) => new()
    {
        ["taskId"] = taskId.ToString(),
        ["outcome"] = outcome,
        ["answers"] = answers?.DeepClone(),
        ["doer"] = doer?.ToString(),
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
        data?["reason"] is JsonValue reason && reason.TryGetValue<string>(out var why) ? why : null,
        data?["doer"] is JsonValue doer && doer.TryGetValue<string>(out var who) && Guid.TryParse(who, out var doerId) ? doerId : null,
        data?["closeStep"] is JsonValue close && close.TryGetValue<bool>(out var isClose) && isClose);
}
