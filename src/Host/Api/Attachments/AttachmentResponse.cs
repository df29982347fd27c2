using LabFlow.Activities.Attachments;

namespace LabFlow.Host.Api.Attachments;

/// <summary>An uploaded file as the API answers it: the id to put in the File field's answer, and what the file is.</summary>
internal sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, bool HasThumbnail)
{
    public static AttachmentResponse Of(Attachment attachment) =>
        new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.HasThumbnail);
}
