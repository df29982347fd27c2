namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>
/// A collection (ideas or votes): the columns queries use, the whole collection as JSON in <see cref="Data"/>, and
/// <see cref="ClosedAt"/> as the one truth about whether it is still open.
/// </summary>
internal sealed class CollectionRow
{
    public Guid Id { get; set; }

    public Guid LabId { get; set; }

    public required string ActivityId { get; set; }

    public Guid BookmarkId { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public required string Data { get; set; }
}
