namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>A candidate of a task, or a person kept informed about it.</summary>
internal sealed class TaskPersonRow
{
    public Guid TaskId { get; set; }

    public TaskPersonRelation Relation { get; set; }

    public Guid PersonId { get; set; }
}
