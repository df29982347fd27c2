using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// A task that names the person, as their export shows it: how they are involved (<c>assignee</c>, <c>candidate</c>,
/// <c>informed</c>, <c>completed</c>, <c>history</c>, <c>comment</c>), their own answers when they did it and may read
/// them, their own comments, and the history entries about them.
/// </summary>
public sealed record PersonalTask(
    Guid Id,
    Guid LabId,
    string? ActivityId,
    LocalizedText Title,
    LabTaskStatus Status,
    IReadOnlyList<string> Involvement,
    DateOnly? Due,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? Outcome,
    JsonObject? Answers,
    IReadOnlyList<TaskComment> Comments,
    IReadOnlyList<TaskHistoryEntry> History);
