namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>One lab instance: the indexed columns, and the runner's state as one JSON document.</summary>
internal sealed class WorkflowInstanceRow
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public required string Status { get; set; }

    /// <summary>Checked by every commit: an UPDATE that expects another value changes nothing and loses the race.</summary>
    public long ConcurrencyToken { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public required string State { get; set; }

    public List<WorkflowInstancePhaseRow> Phases { get; set; } = [];
}
