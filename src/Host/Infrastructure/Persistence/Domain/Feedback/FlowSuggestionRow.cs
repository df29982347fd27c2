namespace LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;

/// <summary>An improvement suggestion in a flow's inbox (<see cref="Activities.Feedback.FlowSuggestion"/>).</summary>
internal sealed class FlowSuggestionRow
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public Guid TaskId { get; set; }

    public Guid LabId { get; set; }

    public string? ActivityId { get; set; }

    public Guid AuthorId { get; set; }

    public required string Text { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Reply { get; set; }

    public Guid? RepliedBy { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public long Version { get; set; }
}
