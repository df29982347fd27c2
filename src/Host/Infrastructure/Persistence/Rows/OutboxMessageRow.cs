namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>
/// An outbox effect committed with its burst and handed to the dispatchers afterwards. <see cref="EffectId"/> is the
/// effect's own id, so a consumer that sees it twice (a sweep after a crash) can ignore the repeat.
/// </summary>
internal sealed class OutboxMessageRow
{
    /// <summary>Commit order, so a sweep dispatches in the order the bursts produced the effects.</summary>
    public long Sequence { get; set; }

    public Guid EffectId { get; set; }

    public Guid? InstanceId { get; set; }

    /// <summary>The effect's type discriminator (see <c>OutboxEffectSerializer</c>).</summary>
    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }
}
