using System.ComponentModel.DataAnnotations;

namespace LabFlow.Activities.Attachments;

/// <summary>Uploaded files (<c>LabFlow:Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "LabFlow:Attachments";

    /// <summary>The default of <see cref="MaxBytes"/>: 10 MB.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The largest file LabFlow takes, in bytes. Default: 10 MB (10485760). At most 100 MB, because files live in the
    /// database and a page uploads them through its connection.
    /// </summary>
    [Range(1024, 100L * 1024 * 1024, ErrorMessage = "LabFlow:Attachments:MaxBytes must be between 1024 (1 kB) and 104857600 (100 MB): set a size in bytes, such as 10485760 for 10 MB.")]
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary><see cref="MaxBytes"/> in whole megabytes, for messages.</summary>
    public string MaxShown => MaxBytes >= 1024 * 1024 ? $"{MaxBytes / (1024.0 * 1024.0):0.#} MB" : $"{MaxBytes / 1024} kB";
}
