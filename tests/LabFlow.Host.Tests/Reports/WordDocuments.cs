using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace LabFlow.Host.Tests.Reports;

/// <summary>What the report tests read of a generated Word document: the validator's errors, its text, headings, tables and images.</summary>
internal sealed class WordDocuments
{
    private WordDocuments(IReadOnlyList<string> errors, IReadOnlyList<string> paragraphs, IReadOnlyList<(string Style, string Text)> headings, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> tables, IReadOnlyList<bool> tablesWithHeaderRow, IReadOnlyList<string> altTexts, string language, string title)
    {
        Errors = errors;
        Paragraphs = paragraphs;
        Headings = headings;
        Tables = tables;
        TablesWithHeaderRow = tablesWithHeaderRow;
        AltTexts = altTexts;
        Language = language;
        Title = title;
    }

    /// <summary>The Open XML SDK validator's errors (Office 2019 rules), each with its path.</summary>
    public IReadOnlyList<string> Errors { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public string Text => string.Join("\n", Paragraphs);

    public IReadOnlyList<(string Style, string Text)> Headings { get; }

    public IReadOnlyList<string> Heading1 => [.. Headings.Where(h => h.Style == "Heading1").Select(h => h.Text)];

    /// <summary>Every table as rows of cell texts, the header row first.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables { get; }

    public IReadOnlyList<bool> TablesWithHeaderRow { get; }

    /// <summary>The alternative text of every image.</summary>
    public IReadOnlyList<string> AltTexts { get; }

    public string Language { get; }

    public string Title { get; }

    /// <summary>Fails with every validator error when there is one.</summary>
    public void AssertValid() => Assert.True(Errors.Count == 0, string.Join("\n", Errors));

    public static WordDocuments Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && (style.StartsWith("Heading", StringComparison.Ordinal) || style == "Title"))
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, p.InnerText))
            .ToList();
        var tables = body.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])])
            .ToList();
        var headerRows = body.Elements<Table>().Select(t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();
        var altTexts = body.Descendants<DW.DocProperties>().Select(d => d.Description?.Value ?? string.Empty).ToList();
        var language = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<Languages>().First().Val!.Value!;
        return new WordDocuments(errors, paragraphs, headings, tables, headerRows, altTexts, language, document.PackageProperties.Title ?? string.Empty);
    }
}
