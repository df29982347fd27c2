namespace LabFlow.Host.Infrastructure.Persistence.Domain.Attachments;

/// <summary>An uploaded file (<see cref="Activities.Attachments.Attachment"/>) with its content and thumbnail.</summary>
internal sealed class AttachmentRow
{
    public Guid Id { get; set; }

    public Guid LabId { get; set; }

    public required string ActivityId { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? CollectionId { get; set; }

    public required string FieldKey { get; set; }

    public Guid UploaderId { get; set; }

    public required string FileName { get; set; }

    public required string Kind { get; set; }

    public long Size { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required byte[] Content { get; set; }

    public byte[]? Thumbnail { get; set; }
}
