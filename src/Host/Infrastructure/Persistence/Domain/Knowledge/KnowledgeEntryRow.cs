namespace LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;

/// <summary>
/// A knowledge bank entry (<see cref="Activities.Knowledge.KnowledgeEntry"/>). The tags are stored as
/// <c>|a|b|</c> so a filter is one LIKE on both providers. PostgreSQL adds a generated <c>SearchVector</c> column
/// (<see cref="KnowledgeSearchModel"/>); SQLite keeps its full-text index in the FTS5 table of <see cref="SqliteKnowledgeSearch"/>.
/// </summary>
internal sealed class KnowledgeEntryRow
{
    public Guid Id { get; set; }

    public Guid LabId { get; set; }

    public required string AdministrationId { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public Guid? SourceTaskId { get; set; }

    public string? SourceActivityId { get; set; }

    public bool Restricted { get; set; }

    public string? Phase { get; set; }

    public int Year { get; set; }

    public required string TargetAreas { get; set; }

    public required string Grounds { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid? PublishedBy { get; set; }
}
