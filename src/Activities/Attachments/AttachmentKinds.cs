namespace LabFlow.Activities.Attachments;

/// <summary>What each <see cref="AttachmentKind"/> is served as.</summary>
public static class AttachmentKinds
{
    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        AttachmentKind.WebP => "image/webp",
        AttachmentKind.Gif => "image/gif",
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown attachment kind."),
    };

    /// <summary>The file name extension the kind is saved with, with its dot.</summary>
    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Png => ".png",
        AttachmentKind.WebP => ".webp",
        AttachmentKind.Gif => ".gif",
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Docx => ".docx",
        AttachmentKind.Xlsx => ".xlsx",
        AttachmentKind.Pptx => ".pptx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown attachment kind."),
    };

    public static bool IsImage(AttachmentKind kind) => kind is AttachmentKind.Jpeg or AttachmentKind.Png or AttachmentKind.WebP or AttachmentKind.Gif;
}
