namespace LabFlow.Activities.Attachments;

/// <summary>What <see cref="AttachmentSniffer"/> found: a kind LabFlow takes, or why the content is refused.</summary>
public sealed record SniffResult(AttachmentKind? Kind, SniffRefusal Refusal)
{
    public static SniffResult Accepted(AttachmentKind kind) => new(kind, SniffRefusal.None);

    public static SniffResult Refused(SniffRefusal refusal) => new(null, refusal);
}

/// <summary>Why content is refused, so the message can say what to do.</summary>
public enum SniffRefusal
{
    None,

    /// <summary>The file has no content.</summary>
    Empty,

    /// <summary>An HEIC/HEIF photo (an iPhone's default): browsers cannot show it.</summary>
    Heic,

    /// <summary>An old binary Office file (.doc, .xls, .ppt).</summary>
    OldOffice,

    /// <summary>A ZIP archive that is not a Word, Excel or PowerPoint document.</summary>
    ZipNotOffice,

    /// <summary>Anything else: programs, scripts, HTML, SVG, text, archives, unknown content.</summary>
    NotAllowed,
}
