using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>Which of a person's tasks a list shows; every part may be left out.</summary>
/// <param name="Claimable">Only tasks of a candidate group they can claim (<c>true</c>), or none of those (<c>false</c>).</param>
/// <param name="Assigned">Only tasks assigned to them (<c>true</c>), or none of those (<c>false</c>).</param>
public sealed record TaskListFilter(
    Guid? LabId = null,
    string? Phase = null,
    bool IncludeClosed = false,
    bool? Overdue = null,
    bool? Claimable = null,
    bool? Assigned = null);

/// <summary>Where a page of tasks ends: by due date (none last), then creation instant, then id.</summary>
public sealed record TaskListKey(DateOnly Due, DateTimeOffset CreatedAt, Guid Id)
{
    /// <summary>The sort date of a task without a due date: after every dated task.</summary>
    public static readonly DateOnly NoDue = DateOnly.MaxValue;

    public static TaskListKey Of(LabTask task) => new(task.Due ?? NoDue, task.CreatedAt, task.Id);
}

/// <summary>A task in a list: what to show and filter on, without its form, instructions, answers or history (<c>GET /api/v1/tasks/{id}</c> has those).</summary>
public sealed record TaskSummary(
    Guid Id,
    Guid LabId,
    string? ActivityId,
    string Kind,
    LocalizedText Title,
    string? Phase,
    LabTaskStatus Status,
    Guid? AssigneeId,
    IReadOnlyList<Guid> Candidates,
    DateOnly? Opens,
    DateOnly? Due,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    long Version)
{
    public bool IsOpen => Status is LabTaskStatus.Open or LabTaskStatus.Claimed;

    public static TaskSummary Of(LabTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Id, task.LabId, task.ActivityId, task.Kind, task.Title, task.Phase, task.Status, task.AssigneeId,
            task.Candidates, task.Opens, task.Due, task.CreatedAt, task.ClosedAt, task.Version);
    }
}

/// <summary>Reads a page of the tasks a person is assignee of, candidate for (while unclaimed) or kept informed about.</summary>
public interface ITaskListStore
{
    /// <summary>At most <paramref name="take"/> tasks after <paramref name="after"/>, by due date (none last), creation and id.</summary>
    Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, TaskListFilter filter, TaskListKey? after, int take, DateOnly today, CancellationToken cancellationToken);
}
