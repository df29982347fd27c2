using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LabFlow.Activities.Reports;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace LabFlow.Host.Infrastructure.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document (Open XML): real heading styles (Heading 1–3, so Word's
/// navigation pane and screen readers find the structure), tables whose first row is a repeating header row, charts as
/// PNG images with alternative text, and the document's language set, so spelling and speech use Swedish or English.
/// </summary>
internal static class WordReportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const long EmuPerPixel = 9525;

    public static byte[] Write(ReportDocument report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var language = report.Language == "en" ? "en-GB" : "sv-SE";
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Language = language;
            document.PackageProperties.Creator = "LabFlow";

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(language);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Paragraph("Title", report.Title));
            foreach (var lead in report.Lead)
            {
                body.Append(Paragraph(null, lead));
            }

            var images = new ImageCounter();
            foreach (var section in report.Sections)
            {
                AppendSection(body, main, section, level: 1, images);
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1417, Right = 1417U, Bottom = 1417, Left = 1417U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private sealed class ImageCounter
    {
        public uint Next { get; set; } = 1;
    }

    private static void AppendSection(Body body, MainDocumentPart main, ReportSection section, int level, ImageCounter images)
    {
        body.Append(Paragraph($"Heading{Math.Min(level, 3)}", section.Heading));
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ReportParagraph paragraph:
                    body.Append(Labelled(paragraph));
                    break;
                case ReportTable table:
                    body.Append(Paragraph("Caption", table.Caption));
                    body.Append(Table(table));
                    break;
                case ReportChart chart:
                    body.Append(Chart(main, chart, images));
                    break;
            }
        }

        foreach (var subsection in section.Subsections)
        {
            AppendSection(body, main, subsection, level + 1, images);
        }
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(TextRun(text, bold: false));
        return paragraph;
    }

    private static Paragraph Labelled(ReportParagraph text)
    {
        var paragraph = new Paragraph();
        if (text.Label is { } label)
        {
            paragraph.Append(TextRun($"{label}: ", bold: true));
        }

        paragraph.Append(TextRun(text.Text, bold: false));
        return paragraph;
    }

    /// <summary>A run of text; line breaks in long answers become breaks within the paragraph.</summary>
    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(Clean(lines[i])) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>Control characters other than tab are not allowed in XML text; answers never need them.</summary>
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c != '\t') ? new string([.. text.Where(c => !char.IsControl(c) || c == '\t')]) : text;

    private static Table Table(ReportTable data)
    {
        var columns = Math.Max(1, data.Headers.Count);
        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4U;
            b.Color = "808080";
            return b;
        });
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    border(new TopBorder()),
                    border(new LeftBorder()),
                    border(new BottomBorder()),
                    border(new RightBorder()),
                    border(new InsideHorizontalBorder()),
                    border(new InsideVerticalBorder())),
                new TableCaption { Val = data.Caption }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9072 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // The header row repeats on every page and tells screen readers which cells are headers.
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(Enumerable.Range(0, columns).Select(i => Cell(i < data.Headers.Count ? data.Headers[i] : string.Empty, bold: true)));
        table.Append(header);
        foreach (var row in data.Rows)
        {
            var tableRow = new TableRow();
            tableRow.Append(Enumerable.Range(0, columns).Select(i => Cell(i < row.Count ? row[i] : string.Empty, bold: false)));
            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, bool bold) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), new Paragraph(TextRun(text, bold)));

    private static Paragraph Chart(MainDocumentPart main, ReportChart chart, ImageCounter images)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(ReportChartRenderer.Png(chart)))
        {
            part.FeedData(png);
        }

        var id = images.Next++;
        var relationship = main.GetIdOfPart(part);
        var cx = ReportChartRenderer.Width * EmuPerPixel;
        var cy = ReportChartRenderer.Height * EmuPerPixel;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Chart {id}", Description = chart.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"chart{id}.png", Description = chart.AltText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static Styles Styles(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading("Title", "Title", outline: null, size: "48"),
        Heading("Heading1", "heading 1", outline: 0, size: "36"),
        Heading("Heading2", "heading 2", outline: 1, size: "28"),
        Heading("Heading3", "heading 3", outline: 2, size: "24"),
        new Style(
            new StyleName { Val = "caption" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = "Caption" });

    private static Style Heading(string id, string name, int? outline, string size)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
