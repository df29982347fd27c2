namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// A task: the columns that queries filter and sort on, and the whole task as JSON in <see cref="Data"/>
/// (written together by <see cref="TaskRows"/>, so they never disagree). Candidates and people kept informed are
/// rows of <see cref="TaskPersonRow"/>, so "my tasks" is an index lookup.
/// </summary>
internal sealed class TaskRow
{
    public Guid Id { get; set; }

    public Guid LabId { get; set; }

    public string? ActivityId { get; set; }

    public required string Kind { get; set; }

    public Guid? BookmarkId { get; set; }

    public Guid? StepRunId { get; set; }

    public Guid? AssigneeId { get; set; }

    public required string Status { get; set; }

    public bool IsOpen { get; set; }

    public DateOnly? Due { get; set; }

    /// <summary>The earliest reminder not sent yet while the task is open; <c>null</c> otherwise.</summary>
    public DateTimeOffset? NextReminderAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public long Version { get; set; }

    public required string Data { get; set; }

    /// <summary>
    /// The task's follow-up date (<see cref="Activities.Tasks.LabTask.FollowUp"/>), so the follow-up scan reads only
    /// tasks that have one; filled from <see cref="Data"/> for rows written before the column (<see cref="TaskFollowUpBackfill"/>).
    /// </summary>
    public DateOnly? FollowUp { get; set; }

    /// <summary>
    /// The task's lab's administration, copied from the lab when the task is written (a lab never changes its
    /// administration), so the dashboard counts overdue tasks per administration from one index range without a
    /// look-up per task in <c>Labs</c>. <c>null</c> only for a task whose lab row did not exist when it was written.
    /// </summary>
    public string? AdministrationId { get; set; }

    /// <summary>The task's lab's flow, copied from the lab as <see cref="AdministrationId"/> is (a lab never changes its flow).</summary>
    public string? DefinitionId { get; set; }
}
