using System.Text.Json.Nodes;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Human work in a lab. Created by a task-like step as a <see cref="TaskCreated"/> effect with a bookmark that its
/// completion resumes; or added by a facilitator as an ad-hoc task (no bookmark).
/// </summary>
public sealed record LabTask
{
    public required Guid Id { get; init; }

    /// <summary>The lab, which is also the workflow instance.</summary>
    public required Guid LabId { get; init; }

    /// <summary>The step that created it; <c>null</c> for an ad-hoc task.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The activity type (<c>UserTask</c>, <c>PhaseGate</c> …), or <c>AdHoc</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The bookmark completing this task resumes; <c>null</c> for an ad-hoc task.</summary>
    public Guid? BookmarkId { get; init; }

    /// <summary>One execution of the step; the tasks of one "each participant" step share it (a loop runs the step again with a new one).</summary>
    public Guid? StepRunId { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Markdown; show it through <see cref="TaskMarkdown.ToSafeHtml"/>.</summary>
    public LocalizedText? Instructions { get; init; }

    public string? Phase { get; init; }

    /// <summary>Who completes it; <c>null</c> while a candidate group waits for someone to claim it.</summary>
    public Guid? AssigneeId { get; init; }

    /// <summary>The candidate group when a role resolved to several people.</summary>
    public IReadOnlyList<Guid> Candidates { get; init; } = [];

    /// <summary>The role the assignee was resolved from, when it was one.</summary>
    public Role? AssigneeRole { get; init; }

    /// <summary>People kept informed: they see the task and its reminders but do not complete it.</summary>
    public IReadOnlyList<Guid> Informed { get; init; } = [];

    /// <summary>The first day the task can be done (steps that run in a window).</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>The due date (Stockholm), already moved off weekends and holidays.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The due date as the flow wrote it (evaluated), so moving the lab's start date can move it.</summary>
    public JsonNode? DueSpec { get; init; }

    /// <summary>Days before the due date that reminders go out.</summary>
    public IReadOnlyList<int> ReminderDays { get; init; } = [];

    /// <summary>When reminders go out (08:00 Stockholm), computed from <see cref="Due"/> and <see cref="ReminderDays"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Reminders { get; init; } = [];

    public IReadOnlyList<DateTimeOffset> RemindersSent { get; init; } = [];

    public TaskEscalation? Escalation { get; init; }

    public DateOnly? FollowUp { get; init; }

    /// <summary>The form's fields as the flow wrote them; <c>null</c> when the task has no form.</summary>
    public JsonArray? Form { get; init; }

    /// <summary>Who may read the answers, from the step (<see cref="StepReaders"/>); <c>null</c>: the lab's named people except participants, plus the doers.</summary>
    public StepReaders? Readers { get; init; }

    public IReadOnlyList<TaskAction> Actions { get; init; } = [];

    public LabTaskStatus Status { get; init; } = LabTaskStatus.Open;

    /// <summary>The answers it was completed with.</summary>
    public JsonObject? Answers { get; init; }

    /// <summary>Answers given in a completion that failed validation, kept so nothing typed is lost.</summary>
    public JsonObject? Draft { get; init; }

    public string? Outcome { get; init; }

    public IReadOnlyList<TaskComment> Comments { get; init; } = [];

    public IReadOnlyList<TaskHistoryEntry> History { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Incremented by every change; a change with a stale version is refused.</summary>
    public long Version { get; init; }

    public bool IsOpen => Status is LabTaskStatus.Open or LabTaskStatus.Claimed;

    /// <summary>Whether <paramref name="personId"/> may complete it: the assignee, or a candidate while nobody claimed it.</summary>
    public bool IsFor(Guid personId) =>
        AssigneeId == personId || (AssigneeId is null && Candidates.Contains(personId));

    /// <summary>Whether <paramref name="personId"/> is assignee, candidate or kept informed.</summary>
    public bool Involves(Guid personId) =>
        AssigneeId == personId || Candidates.Contains(personId) || Informed.Contains(personId);

    public LabTask WithHistory(TaskHistoryEntry entry) => this with { History = [.. History, entry] };
}
