namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>
/// A bookmark. A consumed one keeps its row with <see cref="ConsumedAt"/> set, so a late resume can say
/// "already done"; consuming is an UPDATE that must find the row still open.
/// </summary>
internal sealed class BookmarkRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string Kind { get; set; }

    public string? Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public string? Data { get; set; }

    public Guid TokenId { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }
}
