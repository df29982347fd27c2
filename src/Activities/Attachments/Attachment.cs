namespace LabFlow.Activities.Attachments;

/// <summary>
/// One uploaded file: an answer to a File field of a task's form or of an idea board's form. The content and the
/// thumbnail are read separately (<see cref="IAttachmentStore"/>), so listing files never loads them.
/// </summary>
/// <param name="TaskId">The task whose form it answers, or <c>null</c> for an idea board's.</param>
/// <param name="CollectionId">The idea board whose form it answers, or <c>null</c> for a task's.</param>
/// <param name="FieldKey">The File field's key.</param>
/// <param name="UploaderId">Who uploaded it; never shown for an anonymous board.</param>
/// <param name="FileName">The name it is served under (the uploaded name, cleaned, with the extension of its kind).</param>
public sealed record Attachment(
    Guid Id,
    Guid LabId,
    string ActivityId,
    Guid? TaskId,
    Guid? CollectionId,
    string FieldKey,
    Guid UploaderId,
    string FileName,
    AttachmentKind Kind,
    long Size,
    DateTimeOffset CreatedAt,
    bool HasThumbnail)
{
    public string ContentType => AttachmentKinds.ContentType(Kind);
}
