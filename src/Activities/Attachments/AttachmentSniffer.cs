using System.IO.Compression;
using System.Text;

namespace LabFlow.Activities.Attachments;

/// <summary>
/// Tells a file's kind from its first bytes (an allowlist of signatures), never from its name or the browser's
/// content type: a program renamed <c>.jpg</c> or an SVG named <c>.png</c> is refused. An Office document must be
/// an OOXML package: a ZIP holding <c>[Content_Types].xml</c> and the main part of a Word, Excel or PowerPoint file.
/// </summary>
public static class AttachmentSniffer
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebP = "WEBP"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The ISO base media brands of HEIC/HEIF photos (the <c>ftyp</c> box at offset 4).</summary>
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"];

    /// <summary>The main part that makes a ZIP an Office document of each kind.</summary>
    private static readonly (string Part, AttachmentKind Kind)[] OfficeMainParts =
    [
        ("word/document.xml", AttachmentKind.Docx),
        ("xl/workbook.xml", AttachmentKind.Xlsx),
        ("ppt/presentation.xml", AttachmentKind.Pptx),
    ];

    public static SniffResult Sniff(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> head = content;
        if (head.IsEmpty)
        {
            return SniffResult.Refused(SniffRefusal.Empty);
        }

        if (head.StartsWith(Jpeg))
        {
            return SniffResult.Accepted(AttachmentKind.Jpeg);
        }

        if (head.StartsWith(Png))
        {
            return SniffResult.Accepted(AttachmentKind.Png);
        }

        if (head.StartsWith(Gif87) || head.StartsWith(Gif89))
        {
            return SniffResult.Accepted(AttachmentKind.Gif);
        }

        if (head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(WebP))
        {
            return SniffResult.Accepted(AttachmentKind.WebP);
        }

        if (head.StartsWith(Pdf))
        {
            return SniffResult.Accepted(AttachmentKind.Pdf);
        }

        if (IsHeif(head))
        {
            return SniffResult.Refused(SniffRefusal.Heic);
        }

        if (head.StartsWith(OleCompound))
        {
            return SniffResult.Refused(SniffRefusal.OldOffice);
        }

        if (head.StartsWith(Zip))
        {
            return OfficeKind(content) is { } office ? SniffResult.Accepted(office) : SniffResult.Refused(SniffRefusal.ZipNotOffice);
        }

        return SniffResult.Refused(SniffRefusal.NotAllowed);
    }

    private static bool IsHeif(ReadOnlySpan<byte> head) =>
        head.Length >= 12
        && head[4..8].SequenceEqual("ftyp"u8)
        && HeifBrands.Contains(Encoding.ASCII.GetString(head[8..12]), StringComparer.Ordinal);

    /// <summary>The Office kind of an OOXML package, or <c>null</c> for any other ZIP (or a damaged one).</summary>
    private static AttachmentKind? OfficeKind(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            var found = OfficeMainParts.Where(p => names.Contains(p.Part)).ToList();
            // A package claiming to be two kinds at once is not a document an Office program saved.
            return found.Count == 1 ? found[0].Kind : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
