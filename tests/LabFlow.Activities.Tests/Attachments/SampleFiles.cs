using System.IO.Compression;
using System.Text;

namespace LabFlow.Activities.Tests.Attachments;

/// <summary>The first bytes of real files of each kind, and packages built as Office and other programs write them.</summary>
internal static class SampleFiles
{
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00];

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8];

    public static byte[] Gif => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00];

    public static byte[] WebP => [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];

    public static byte[] Pdf => [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"u8];

    /// <summary>A Windows program (the MZ header), whatever it is named.</summary>
    public static byte[] Executable => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static byte[] Svg => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    /// <summary>An iPhone photo's start: the ftyp box with the heic brand.</summary>
    public static byte[] Heic => [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8];

    /// <summary>An old binary Office file (.doc).</summary>
    public static byte[] OldWord => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00];

    public static byte[] Docx => Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Pptx => Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p:presentation/>"));

    /// <summary>A ZIP of ordinary files (a packed folder), not an Office document.</summary>
    public static byte[] PlainZip => Zip(("notes.txt", "anteckningar"), ("word/document.xml", "<w:document/>"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }
}
