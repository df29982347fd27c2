using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace LabFlow.Host.Api.Tasks;

/// <summary>Complete a task with the form's answers and the chosen action (the step's outcome).</summary>
/// <param name="Action">One of the task's actions; its only action when left out.</param>
internal sealed record CompleteTaskBody(string? Action, JsonObject? Answers);

internal sealed record HandOverTaskBody(Guid ToPersonId, [property: StringLength(1000)] string? Note);

internal sealed record CommentBody([property: Required, StringLength(4000, MinimumLength = 1)] string Text);

internal sealed record MoveDueDateBody(DateOnly Due);

internal sealed record SkipTaskBody([property: Required, StringLength(1000, MinimumLength = 1)] string Reason, string? Outcome);

internal sealed record ReassignAllBody(Guid FromPersonId, Guid ToPersonId, [property: StringLength(1000)] string? Note);

internal sealed record SubmitIdeaBody(JsonObject Answers);

internal sealed record VoteBody(IReadOnlyList<Guid> IdeaIds);
