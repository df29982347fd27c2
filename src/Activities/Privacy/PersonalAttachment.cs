using LabFlow.Activities.Attachments;

namespace LabFlow.Activities.Privacy;

/// <summary>A file a person uploaded, as their export lists it (without its content).</summary>
public sealed record PersonalAttachment(Guid Id, Guid LabId, string ActivityId, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt)
{
    public static PersonalAttachment Of(Attachment attachment) =>
        new(attachment.Id, attachment.LabId, attachment.ActivityId, attachment.FileName, attachment.ContentType, attachment.Size, attachment.CreatedAt);
}
