using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Labs;

/// <summary>What a lab list shows of a lab's life: running (or waiting), paused, finished, cancelled.</summary>
public enum LabListState
{
    Running,
    Paused,
    Finished,
    Cancelled,
}

/// <summary>Which labs a list shows; every part may be left out.</summary>
/// <param name="Year">Labs whose start date falls in this year.</param>
/// <param name="Search">Words in the title or the challenge (case-insensitive for A–Z; the database's own rules beyond).</param>
public sealed record LabListFilter(
    string? AdministrationId = null,
    string? Phase = null,
    WorkflowStatus? Status = null,
    LabListState? State = null,
    int? Year = null,
    string? Search = null,
    Guid? FacilitatorId = null,
    bool? Overdue = null);

/// <summary>A lab in a list with its flow's state.</summary>
/// <param name="OverdueTasks">Open tasks whose due date (Stockholm) has passed.</param>
public sealed record LabListItem(Lab Lab, WorkflowStatus Status, int DefinitionVersion, IReadOnlyList<string> ActivePhases, int OverdueTasks)
{
    public LabListState State => Status switch
    {
        WorkflowStatus.Finished => LabListState.Finished,
        WorkflowStatus.Cancelled => LabListState.Cancelled,
        _ when Lab.Paused => LabListState.Paused,
        _ => LabListState.Running,
    };
}

/// <summary>Where a page of labs ends: lists run newest first, by creation instant and then id.</summary>
public sealed record LabListKey(DateTimeOffset CreatedAt, Guid Id);

/// <summary>Whom a list is for: the labs they are in, and those of <paramref name="Administrations"/> (every lab when <c>null</c>).</summary>
public sealed record LabVisibility(Guid ViewerId, IReadOnlyCollection<string>? Administrations);

/// <summary>
/// Reads a page of labs with their flow's state in a fixed number of queries, however long the page: the database
/// filters, sorts and counts (overdue tasks), never one query per lab.
/// </summary>
public interface ILabListStore
{
    /// <summary>At most <paramref name="take"/> labs after <paramref name="after"/>, newest first.</summary>
    Task<IReadOnlyList<LabListItem>> ListAsync(LabVisibility visibility, LabListFilter filter, LabListKey? after, int take, DateOnly today, CancellationToken cancellationToken);
}
