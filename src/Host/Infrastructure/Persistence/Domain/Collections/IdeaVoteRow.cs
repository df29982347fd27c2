namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>One dot on an idea; <see cref="VoterId"/> is <c>null</c> in an anonymous vote.</summary>
internal sealed class IdeaVoteRow
{
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public Guid CollectionId { get; set; }

    public Guid IdeaId { get; set; }

    public Guid? VoterId { get; set; }

    public DateTimeOffset At { get; set; }
}
