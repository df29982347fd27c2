using LabFlow.Activities.Attachments;

namespace LabFlow.Activities.Tests.Attachments;

/// <summary>The kind of a file is told from its content by an allowlist of signatures.</summary>
public sealed class AttachmentSnifferTests
{
    public static TheoryData<string, AttachmentKind> Accepted => new()
    {
        { nameof(SampleFiles.Jpeg), AttachmentKind.Jpeg },
        { nameof(SampleFiles.Png), AttachmentKind.Png },
        { nameof(SampleFiles.Gif), AttachmentKind.Gif },
        { nameof(SampleFiles.WebP), AttachmentKind.WebP },
        { nameof(SampleFiles.Pdf), AttachmentKind.Pdf },
        { nameof(SampleFiles.Docx), AttachmentKind.Docx },
        { nameof(SampleFiles.Xlsx), AttachmentKind.Xlsx },
        { nameof(SampleFiles.Pptx), AttachmentKind.Pptx },
    };

    public static TheoryData<string, SniffRefusal> Refused => new()
    {
        { nameof(SampleFiles.Executable), SniffRefusal.NotAllowed },
        { nameof(SampleFiles.Svg), SniffRefusal.NotAllowed },
        { nameof(SampleFiles.Html), SniffRefusal.NotAllowed },
        { nameof(SampleFiles.Heic), SniffRefusal.Heic },
        { nameof(SampleFiles.OldWord), SniffRefusal.OldOffice },
        { nameof(SampleFiles.PlainZip), SniffRefusal.ZipNotOffice },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Sniff_ReturnsTheKind_WhenTheContentIsAnAllowedFile(string sample, AttachmentKind expected)
    {
        var content = Sample(sample);

        var result = AttachmentSniffer.Sniff(content);

        Assert.Equal((expected, SniffRefusal.None), (result.Kind!.Value, result.Refusal));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Sniff_RefusesWithTheReason_WhenTheContentIsNotAnAllowedFile(string sample, SniffRefusal expected)
    {
        var content = Sample(sample);

        var result = AttachmentSniffer.Sniff(content);

        Assert.Equal((null, expected), (result.Kind, result.Refusal));
    }

    [Fact]
    public void Sniff_RefusesAsNotOffice_WhenAZipHasAMainPartButNoContentTypes()
    {
        var content = SampleFiles.Zip(("word/document.xml", "<w:document/>"));

        var result = AttachmentSniffer.Sniff(content);

        Assert.Equal(SniffRefusal.ZipNotOffice, result.Refusal);
    }

    [Fact]
    public void Sniff_RefusesAsNotOffice_WhenTheZipIsDamaged()
    {
        byte[] content = [.. SampleFiles.Docx.Take(40)];

        var result = AttachmentSniffer.Sniff(content);

        Assert.Equal(SniffRefusal.ZipNotOffice, result.Refusal);
    }

    [Fact]
    public void Sniff_RefusesAsEmpty_WhenTheFileHasNoContent()
    {
        var result = AttachmentSniffer.Sniff([]);

        Assert.Equal(SniffRefusal.Empty, result.Refusal);
    }

    private static byte[] Sample(string name) => (byte[])typeof(SampleFiles).GetProperty(name)!.GetValue(null)!;
}
