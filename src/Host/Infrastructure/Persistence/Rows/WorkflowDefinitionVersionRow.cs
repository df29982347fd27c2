namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>A published, immutable version of a flow; only <see cref="IsRetracted"/> ever changes.</summary>
internal sealed class WorkflowDefinitionVersionRow
{
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public bool IsRetracted { get; set; }

    public string? Source { get; set; }

    public string? ContentHash { get; set; }
}
