namespace LabFlow.Activities.Attachments;

/// <summary>A file's bytes as they are served: its name, content type and content.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
