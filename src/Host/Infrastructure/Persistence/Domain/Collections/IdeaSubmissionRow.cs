namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>One submitted idea. <see cref="Sequence"/> keeps the order they came in, also within one clock tick.</summary>
internal sealed class IdeaSubmissionRow
{
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public Guid CollectionId { get; set; }

    public Guid AuthorId { get; set; }

    public required string Answers { get; set; }

    public DateTimeOffset At { get; set; }
}
