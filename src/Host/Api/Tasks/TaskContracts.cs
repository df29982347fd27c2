using System.Text.Json.Nodes;

namespace LabFlow.Host.Api.Tasks;

/// <summary>Complete a task with the form's answers and the chosen action (the step's outcome).</summary>
/// <param name="Action">One of the task's actions; its first action when left out.</param>
/// <param name="Answers">The form's answers by field key.</param>
internal sealed record CompleteTaskBody(string? Action = null, JsonObject? Answers = null);

/// <summary>Give a task to someone else (delegate: the assignee; reassign: a facilitator).</summary>
/// <param name="Version">The task's version as read (its ETag); needed to reassign unless If-Match carries it.</param>
internal sealed record HandOverTaskBody(Guid ToPersonId, string? Note = null, long? Version = null);

internal sealed record CommentBody(string Text);

/// <param name="Version">The task's version as read (its ETag); needed unless If-Match carries it.</param>
internal sealed record MoveDueDateBody(DateOnly Due, long? Version = null);

/// <param name="Outcome">The action to go on with; the step's default when left out.</param>
internal sealed record SkipTaskBody(string Reason, string? Outcome = null);

/// <summary>Why the facilitator closes the step before everyone is done (optional).</summary>
internal sealed record CloseStepBody(string? Reason = null);

/// <summary>Move every open task of a person (who leaves, or is away) to another person.</summary>
internal sealed record ReassignAllBody(Guid FromPersonId, Guid ToPersonId, string? Note = null);

internal sealed record SubmitIdeaBody(JsonObject Answers);

/// <param name="IdeaIds">The ideas to put a dot on; the same idea may appear several times.</param>
internal sealed record VoteBody(IReadOnlyList<Guid> IdeaIds);
