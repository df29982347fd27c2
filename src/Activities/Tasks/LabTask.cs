using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.Bookmarks;
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

    /// <summary>
    /// The away person <paramref name="personId"/> stands in for on this task (<see cref="StandInRule"/>), or <c>null</c>:
    /// the task went to them as a stand-in (a <see cref="TaskHistoryKind.StandIn"/> entry) and is still the away
    /// person's to do (not handed to someone else since). A stand-in acts for the away person until then.
    /// </summary>
    public Guid? StandsInFor(Guid personId) =>
        IsFor(personId)
            ? null
            : History.LastOrDefault(h => h.Kind == TaskHistoryKind.StandIn && h.To == personId && h.From is { } away && IsFor(away))?.From;

    /// <summary>Whether <paramref name="personId"/> may complete it: <see cref="IsFor"/>, or standing in for someone it is for (<see cref="StandsInFor"/>).</summary>
    public bool MayComplete(Guid personId) => IsFor(personId) || StandsInFor(personId) is not null;

    /// <summary>Whether <paramref name="personId"/> is assignee, candidate or kept informed.</summary>
    public bool Involves(Guid personId) =>
        AssigneeId == personId || Candidates.Contains(personId) || Informed.Contains(personId);

    public LabTask WithHistory(TaskHistoryEntry entry) => this with { History = [.. History, entry] };

    // The state changes below are the only place a task's status moves, for every store and the service alike.
    // Each returns the changed task with its history entry; a task that is no longer open refuses with not_open
    // (callers that race, the stores applying a burst's effects, check IsOpen first and change nothing instead).

    /// <summary>
    /// Completed by <paramref name="actor"/> with <paramref name="outcome"/>; an unclaimed task becomes the actor's (or,
    /// for a stand-in, the away person's). The draft goes. A stand-in's completion names the away person in its
    /// history entry (<see cref="TaskHistoryEntry.From"/>), so the history says "as stand-in for".
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Complete(string actor, string outcome, JsonObject? answers, DateTimeOffset at)
    {
        Guid? by = Guid.TryParse(actor, out var person) ? person : null;
        var onBehalfOf = by is { } doer ? StandsInFor(doer) : null;
        return Ended(LabTaskStatus.Completed, new TaskHistoryEntry(at, actor, TaskHistoryKind.Completed, From: onBehalfOf, Note: outcome)) with
        {
            AssigneeId = AssigneeId ?? onBehalfOf ?? by,
            Outcome = outcome,
            Answers = (JsonObject?)answers?.DeepClone(),
            Draft = null,
        };
    }

    /// <summary>Skipped by a facilitator; the history keeps <paramref name="reason"/>.</summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Skip(string actor, string reason, DateTimeOffset at) =>
        Ended(LabTaskStatus.Skipped, new TaskHistoryEntry(at, actor, TaskHistoryKind.Skipped, Note: reason));

    /// <summary>Closed with its step (the lab ended, the window closed, another branch went on); the actor is <c>system</c>.</summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Close(string reason, DateTimeOffset at) =>
        Ended(LabTaskStatus.Closed, new TaskHistoryEntry(at, WorkflowActors.System, TaskHistoryKind.Closed, Note: reason));

    /// <summary>Closed as not needed: its step's quorum was reached, or a facilitator closed the step.</summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask CloseAsNotNeeded(string actor, string reason, DateTimeOffset at) =>
        Ended(LabTaskStatus.Closed, new TaskHistoryEntry(at, actor, TaskHistoryKind.NotNeeded, Note: reason));

    /// <summary>Taken by <paramref name="personId"/>, one of its candidates; then only they complete it.</summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Claim(Guid personId, DateTimeOffset at) =>
        EnsureOpen().WithHistory(new TaskHistoryEntry(at, personId.ToString(), TaskHistoryKind.Claimed, To: personId)) with
        {
            AssigneeId = personId,
            Status = LabTaskStatus.Claimed,
        };

    /// <summary>Handed by its assignee <paramref name="fromPersonId"/> to <paramref name="toPersonId"/>.</summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Delegate(Guid fromPersonId, Guid toPersonId, string? note, DateTimeOffset at) =>
        EnsureOpen().WithHistory(new TaskHistoryEntry(at, fromPersonId.ToString(), TaskHistoryKind.Delegated, fromPersonId, toPersonId, note)) with
        {
            AssigneeId = toPersonId,
        };

    /// <summary>
    /// Given by <paramref name="actor"/> to <paramref name="toPersonId"/> as its one assignee (a candidate group ends, a
    /// claim is undone); the history names <paramref name="fromPersonId"/> as the one it was taken from.
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Reassign(string actor, Guid? fromPersonId, Guid toPersonId, string? note, DateTimeOffset at) =>
        EnsureOpen().WithHistory(new TaskHistoryEntry(at, actor, TaskHistoryKind.Reassigned, fromPersonId, toPersonId, note)) with
        {
            AssigneeId = toPersonId,
            Candidates = [],
            Status = LabTaskStatus.Open,
            Informed = [.. Informed.Where(id => id != toPersonId)],
        };

    /// <summary>An overdue task's escalation (actor <c>system</c>): to one person as assignee, or to several as a candidate group.</summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed already.</exception>
    public LabTask Escalate(IReadOnlyList<Guid> toPeople, string note, DateTimeOffset at)
    {
        var to = toPeople.Distinct().ToList();
        var single = to.Count == 1;
        return EnsureOpen().WithHistory(new TaskHistoryEntry(at, WorkflowActors.System, TaskHistoryKind.Reassigned, AssigneeId, single ? to[0] : null, note)) with
        {
            AssigneeId = single ? to[0] : null,
            Candidates = single ? [] : to,
            Status = LabTaskStatus.Open,
            Informed = [.. Informed.Where(id => !to.Contains(id))],
        };
    }

    /// <summary>The refusal of a change to this task once it is no longer open; <paramref name="consequence"/> says what that means for the change.</summary>
    internal LabDomainException NotOpenRefusal(MessageText consequence) =>
        new(LabErrors.NotOpen, TaskMessages.NotOpen.With(("title", Title), ("status", StatusText()), ("consequence", consequence.Message)));

    /// <summary>The status in words (<c>completed</c>, <c>closed</c> …), for refusals.</summary>
    internal CodedMessage StatusText() => Status switch
    {
        LabTaskStatus.Open => TaskMessages.StatusOpen.Message,
        LabTaskStatus.Claimed => TaskMessages.StatusClaimed.Message,
        LabTaskStatus.Completed => TaskMessages.StatusCompleted.Message,
        LabTaskStatus.Closed => TaskMessages.StatusClosed.Message,
        _ => TaskMessages.StatusSkipped.Message,
    };

    /// <summary>No longer open, in <paramref name="status"/> since the time of <paramref name="entry"/>.</summary>
    private LabTask Ended(LabTaskStatus status, TaskHistoryEntry entry) =>
        EnsureOpen().WithHistory(entry) with { Status = status, ClosedAt = entry.At };

    private LabTask EnsureOpen() => IsOpen ? this : throw NotOpenRefusal(TaskMessages.ConsequenceNoChange);
}
