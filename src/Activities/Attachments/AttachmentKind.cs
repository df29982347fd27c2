namespace LabFlow.Activities.Attachments;

/// <summary>The kinds of file LabFlow takes, told from the file's content (<see cref="AttachmentSniffer"/>), never from its name.</summary>
public enum AttachmentKind
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
}
