namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>A published, immutable version of a flow; only <see cref="IsRetracted"/> ever changes.</summary>
internal sealed class WorkflowDefinitionVersionRow
{
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public bool IsRetracted { get; set; }

    public string? Source { get; set; }

    public string? ContentHash { get; set; }

    /// <summary>
    /// The flow's JSON, declared last so that EF Core creates it as the table's last column: SQLite stores a row's
    /// columns in the table's order and a large flow's JSON runs over many overflow pages, so reading a column after it
    /// (every burst reads the version's small columns) read every one of those pages. See the migration
    /// <c>DueEmailsIndexAndFlowJsonLast</c>.
    /// </summary>
    public required string Json { get; set; }
}
