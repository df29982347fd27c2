namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>A facilitator's rewording of an idea; <see cref="Sequence"/> keeps their order.</summary>
internal sealed class IdeaRevisionRow
{
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public Guid IdeaId { get; set; }

    public Guid CollectionId { get; set; }

    public required string Answers { get; set; }

    public Guid EditorId { get; set; }

    public DateTimeOffset At { get; set; }
}
